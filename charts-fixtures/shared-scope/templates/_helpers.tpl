{{- define "shared-scope.visit" -}}
{{- $_ := set .Values "trail" (append .Values.trail .Template.Name) -}}
{{- end -}}
