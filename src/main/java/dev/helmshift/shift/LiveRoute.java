package dev.helmshift.shift;

/** What the VirtualService says right now: the weights of the main route and whether the header route is there. */
public record LiveRoute(int fromWeight, int toWeight, boolean headerRoute) {
}
