package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.exec.FuncMap;
import dev.helmshift.template.exec.FunctionBody;
import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.exec.GoType;
import dev.helmshift.template.exec.NamedType;
import dev.helmshift.template.exec.ParamType;
import dev.helmshift.template.exec.Signature;
import dev.helmshift.template.funcs.codec.GoJsonDecoder;
import dev.helmshift.template.funcs.codec.GoJsonEncoder;
import dev.helmshift.template.funcs.codec.GoJsonException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.helmshift.template.exec.GoType.ANY;
import static dev.helmshift.template.exec.GoType.BOOL;
import static dev.helmshift.template.exec.GoType.FLOAT64;
import static dev.helmshift.template.exec.GoType.INT;
import static dev.helmshift.template.exec.GoType.LIST;
import static dev.helmshift.template.exec.GoType.MAP;
import static dev.helmshift.template.exec.GoType.STRING;
import static dev.helmshift.template.exec.GoType.UINT32;

/**
 * Sprig v3's template functions (the set {@code sprig.TxtFuncMap()} gives Helm) with their Go signatures, so the
 * executor checks arguments as Go does ({@code wrong type for value; expected int; got float64}).
 *
 * <p>Helm deletes {@code env} and {@code expandenv}; they are not here. Helm's own functions (toYaml, toJson,
 * fromJson, include, tpl, required, fail, lookup, ...) are added by {@code HelmFunctions} on top. Dates live in
 * {@link DateFunctions}. {@code getHostByName} here resolves names; Helm replaces it by one that returns "" unless
 * DNS lookups are enabled.
 */
public final class SprigFunctions {
    private SprigFunctions() {
    }

    /** A new FuncMap holding the Sprig functions. */
    public static FuncMap funcMap() {
        FuncMap map = new FuncMap();
        register(map);
        return map;
    }

    /** Adds the Sprig functions to {@code map}, replacing same-named entries. */
    public static void register(FuncMap map) {
        strings(map);
        lists(map);
        dicts(map);
        maths(map);
        defaults(map);
        encodings(map);
        regexes(map);
        paths(map);
        randoms(map);
        crypto(map);
        network(map);
        semver(map);
        DateFunctions.register(map);
    }

    private static Signature sig(ParamType... params) {
        return Signature.of(params);
    }

    private static Signature varargs(ParamType variadic, ParamType... params) {
        return Signature.variadic(variadic, params);
    }

    private static String s(Object o) {
        return (String) o;
    }

    private static int i(Object o) {
        return (Integer) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> l(Object o) {
        return (List<Object>) o;
    }

    private static Certificates.Certificate cert(Object o) {
        return (Certificates.Certificate) o;
    }

    /**
     * A map argument. Null is Go's nil map, which a variable holding "no value" becomes when passed to a map
     * parameter ({@code $s := (lookup ...).data}): it reads as empty, and writing to it panics, as in Go.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> m(Object o) {
        return o == null ? NilMap.INSTANCE : (Map<String, Object>) o;
    }

    /** A map argument that the function writes to: a nil map panics as Go's {@code d[key] = value} does. */
    private static Map<String, Object> writable(Object o) {
        if (o == null) {
            throw new FunctionException("assignment to entry in nil map");
        }
        return m(o);
    }

    /** mergo's destination: a nil map is made anew before the sources are merged in. */
    private static Map<String, Object> mergeTarget(Object o) {
        return o == null ? new LinkedHashMap<>() : m(o);
    }

    private static Object[] tail(Object[] args, int from) {
        return Arrays.copyOfRange(args, from, args.length);
    }

    private static void put(FuncMap map, String name, Signature signature, FunctionBody body) {
        map.put(name, signature, body);
    }

    private static void strings(FuncMap map) {
        put(map, "hello", sig(), (c, a) -> "Hello!");
        put(map, "abbrev", sig(INT, STRING), (c, a) -> Strings.abbrev(i(a[0]), s(a[1])));
        put(map, "abbrevboth", sig(INT, INT, STRING), (c, a) -> Strings.abbrevboth(i(a[0]), i(a[1]), s(a[2])));
        put(map, "trunc", sig(INT, STRING), (c, a) -> Strings.trunc(i(a[0]), s(a[1])));
        put(map, "trim", sig(STRING), (c, a) -> Strings.trim(s(a[0])));
        put(map, "upper", sig(STRING), (c, a) -> Strings.upper(s(a[0])));
        put(map, "lower", sig(STRING), (c, a) -> Strings.lower(s(a[0])));
        put(map, "title", sig(STRING), (c, a) -> Strings.title(s(a[0])));
        put(map, "untitle", sig(STRING), (c, a) -> Strings.untitle(s(a[0])));
        put(map, "substr", sig(INT, INT, STRING), (c, a) -> Strings.substr(i(a[0]), i(a[1]), s(a[2])));
        put(map, "repeat", sig(INT, STRING), (c, a) -> Strings.repeat(i(a[0]), s(a[1])));
        put(map, "trimall", sig(STRING, STRING), (c, a) -> Strings.trimAll(s(a[0]), s(a[1])));
        put(map, "trimAll", sig(STRING, STRING), (c, a) -> Strings.trimAll(s(a[0]), s(a[1])));
        put(map, "trimSuffix", sig(STRING, STRING), (c, a) -> Strings.trimSuffix(s(a[0]), s(a[1])));
        put(map, "trimPrefix", sig(STRING, STRING), (c, a) -> Strings.trimPrefix(s(a[0]), s(a[1])));
        put(map, "nospace", sig(STRING), (c, a) -> Strings.nospace(s(a[0])));
        put(map, "initials", sig(STRING), (c, a) -> Strings.initials(s(a[0])));
        put(map, "swapcase", sig(STRING), (c, a) -> Strings.swapcase(s(a[0])));
        put(map, "snakecase", sig(STRING), (c, a) -> CaseConversion.snakecase(s(a[0])));
        put(map, "camelcase", sig(STRING), (c, a) -> CaseConversion.camelcase(s(a[0])));
        put(map, "kebabcase", sig(STRING), (c, a) -> CaseConversion.kebabcase(s(a[0])));
        put(map, "wrap", sig(INT, STRING), (c, a) -> Strings.wrap(i(a[0]), s(a[1])));
        put(map, "wrapWith", sig(INT, STRING, STRING), (c, a) -> Strings.wrapWith(i(a[0]), s(a[1]), s(a[2])));
        put(map, "contains", sig(STRING, STRING), (c, a) -> Strings.contains(s(a[0]), s(a[1])));
        put(map, "hasPrefix", sig(STRING, STRING), (c, a) -> Strings.hasPrefix(s(a[0]), s(a[1])));
        put(map, "hasSuffix", sig(STRING, STRING), (c, a) -> Strings.hasSuffix(s(a[0]), s(a[1])));
        put(map, "quote", varargs(ANY), (c, a) -> Strings.quote(a));
        put(map, "squote", varargs(ANY), (c, a) -> Strings.squote(a));
        put(map, "cat", varargs(ANY), (c, a) -> Strings.cat(a));
        put(map, "indent", sig(INT, STRING), (c, a) -> Strings.indent(i(a[0]), s(a[1])));
        put(map, "nindent", sig(INT, STRING), (c, a) -> Strings.nindent(i(a[0]), s(a[1])));
        put(map, "replace", sig(STRING, STRING, STRING), (c, a) -> Strings.replace(s(a[0]), s(a[1]), s(a[2])));
        put(map, "plural", sig(STRING, STRING, INT), (c, a) -> Strings.plural(s(a[0]), s(a[1]), i(a[2])));
        put(map, "toString", sig(ANY), (c, a) -> Strings.toStringValue(a[0]));
        put(map, "toStrings", sig(ANY), (c, a) -> Strings.toStrings(a[0]));
        put(map, "split", sig(STRING, STRING), (c, a) -> Strings.split(s(a[0]), s(a[1])));
        put(map, "splitList", sig(STRING, STRING), (c, a) -> Strings.splitList(s(a[0]), s(a[1])));
        put(map, "splitn", sig(STRING, INT, STRING), (c, a) -> Strings.splitn(s(a[0]), i(a[1]), s(a[2])));
        put(map, "join", sig(STRING, ANY), (c, a) -> Strings.join(s(a[0]), a[1]));
        put(map, "sortAlpha", sig(ANY), (c, a) -> Strings.sortAlpha(a[0]));
    }

    private static void lists(FuncMap map) {
        put(map, "list", varargs(ANY), (c, a) -> Lists.list(a));
        put(map, "tuple", varargs(ANY), (c, a) -> Lists.list(a));
        put(map, "append", sig(ANY, ANY), (c, a) -> Lists.push(a[0], a[1]));
        put(map, "push", sig(ANY, ANY), (c, a) -> Lists.push(a[0], a[1]));
        put(map, "mustAppend", sig(ANY, ANY).withError(), (c, a) -> Lists.push(a[0], a[1]));
        put(map, "mustPush", sig(ANY, ANY).withError(), (c, a) -> Lists.push(a[0], a[1]));
        put(map, "prepend", sig(ANY, ANY), (c, a) -> Lists.prepend(a[0], a[1]));
        put(map, "mustPrepend", sig(ANY, ANY).withError(), (c, a) -> Lists.prepend(a[0], a[1]));
        put(map, "chunk", sig(INT, ANY), (c, a) -> Lists.chunk(i(a[0]), a[1]));
        put(map, "mustChunk", sig(INT, ANY).withError(), (c, a) -> Lists.chunk(i(a[0]), a[1]));
        for (String prefix : List.of("", "must")) {
            Signature one = prefix.isEmpty() ? sig(ANY) : sig(ANY).withError();
            put(map, name(prefix, "first"), one, (c, a) -> Lists.first(a[0]));
            put(map, name(prefix, "last"), one, (c, a) -> Lists.last(a[0]));
            put(map, name(prefix, "rest"), one, (c, a) -> Lists.rest(a[0]));
            put(map, name(prefix, "initial"), one, (c, a) -> Lists.initial(a[0]));
            put(map, name(prefix, "reverse"), one, (c, a) -> Lists.reverse(a[0]));
            put(map, name(prefix, "uniq"), one, (c, a) -> Lists.uniq(a[0]));
            put(map, name(prefix, "compact"), one, (c, a) -> Lists.compact(a[0]));
            Signature withRest = prefix.isEmpty() ? varargs(ANY, ANY) : varargs(ANY, ANY).withError();
            put(map, name(prefix, "without"), withRest, (c, a) -> Lists.without(a[0], tail(a, 1)));
            put(map, name(prefix, "slice"), withRest, (c, a) -> Lists.slice(a[0], tail(a, 1)));
            put(map, name(prefix, "has"), prefix.isEmpty() ? sig(ANY, ANY) : sig(ANY, ANY).withError(),
                    (c, a) -> Lists.has(a[0], a[1]));
        }
        put(map, "concat", varargs(ANY), (c, a) -> Lists.concat(a));
        put(map, "until", sig(INT), (c, a) -> Lists.until(i(a[0])));
        put(map, "untilStep", sig(INT, INT, INT), (c, a) -> Lists.untilStep(i(a[0]), i(a[1]), i(a[2])));
        put(map, "seq", varargs(INT), (c, a) -> Lists.seq(a));
    }

    private static String name(String prefix, String base) {
        return prefix.isEmpty() ? base : prefix + Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }

    private static void dicts(FuncMap map) {
        put(map, "dict", varargs(ANY), (c, a) -> Dicts.dict(a));
        put(map, "get", sig(MAP, STRING), (c, a) -> Dicts.get(m(a[0]), s(a[1])));
        put(map, "set", sig(MAP, STRING, ANY), (c, a) -> Dicts.set(writable(a[0]), s(a[1]), a[2]));
        put(map, "unset", sig(MAP, STRING), (c, a) -> Dicts.unset(m(a[0]), s(a[1])));
        put(map, "hasKey", sig(MAP, STRING), (c, a) -> Dicts.hasKey(m(a[0]), s(a[1])));
        put(map, "pluck", varargs(MAP, STRING), (c, a) -> Dicts.pluck(s(a[0]), tail(a, 1)));
        put(map, "keys", varargs(MAP), (c, a) -> Dicts.keys(a));
        put(map, "values", sig(MAP), (c, a) -> Dicts.values(m(a[0])));
        put(map, "pick", varargs(STRING, MAP), (c, a) -> Dicts.pick(m(a[0]), tail(a, 1)));
        put(map, "omit", varargs(STRING, MAP), (c, a) -> Dicts.omit(m(a[0]), tail(a, 1)));
        put(map, "dig", varargs(ANY).withError(), (c, a) -> Dicts.dig(a));
        put(map, "merge", varargs(MAP, MAP), (c, a) -> Dicts.merge(mergeTarget(a[0]), tail(a, 1)));
        put(map, "mustMerge", varargs(MAP, MAP).withError(), (c, a) -> Dicts.merge(mergeTarget(a[0]), tail(a, 1)));
        put(map, "mergeOverwrite", varargs(MAP, MAP), (c, a) -> Dicts.mergeOverwrite(mergeTarget(a[0]), tail(a, 1)));
        put(map, "mustMergeOverwrite", varargs(MAP, MAP).withError(),
                (c, a) -> Dicts.mergeOverwrite(mergeTarget(a[0]), tail(a, 1)));
        put(map, "deepCopy", sig(ANY), (c, a) -> Dicts.deepCopy(a[0]));
        put(map, "mustDeepCopy", sig(ANY).withError(), (c, a) -> Dicts.deepCopy(a[0]));
    }

    private static void maths(FuncMap map) {
        put(map, "add1", sig(ANY), (c, a) -> Maths.add1(a[0]));
        put(map, "add", varargs(ANY), (c, a) -> Maths.add(a));
        put(map, "sub", sig(ANY, ANY), (c, a) -> Maths.sub(a[0], a[1]));
        put(map, "div", sig(ANY, ANY), (c, a) -> Maths.div(a[0], a[1]));
        put(map, "mod", sig(ANY, ANY), (c, a) -> Maths.mod(a[0], a[1]));
        put(map, "mul", varargs(ANY, ANY), (c, a) -> Maths.mul(a[0], tail(a, 1)));
        put(map, "max", varargs(ANY, ANY), (c, a) -> Maths.max(a[0], tail(a, 1)));
        put(map, "biggest", varargs(ANY, ANY), (c, a) -> Maths.max(a[0], tail(a, 1)));
        put(map, "min", varargs(ANY, ANY), (c, a) -> Maths.min(a[0], tail(a, 1)));
        put(map, "maxf", varargs(ANY, ANY), (c, a) -> Maths.maxf(a[0], tail(a, 1)));
        put(map, "minf", varargs(ANY, ANY), (c, a) -> Maths.minf(a[0], tail(a, 1)));
        put(map, "floor", sig(ANY), (c, a) -> Maths.floor(a[0]));
        put(map, "ceil", sig(ANY), (c, a) -> Maths.ceil(a[0]));
        put(map, "round", varargs(FLOAT64, ANY, INT), (c, a) -> Maths.round(a[0], i(a[1]), tail(a, 2)));
        put(map, "add1f", sig(ANY), (c, a) -> Maths.add1f(a[0]));
        put(map, "addf", varargs(ANY), (c, a) -> Maths.addf(a));
        put(map, "subf", varargs(ANY, ANY), (c, a) -> Maths.subf(a[0], tail(a, 1)));
        put(map, "mulf", varargs(ANY, ANY), (c, a) -> Maths.mulf(a[0], tail(a, 1)));
        put(map, "divf", varargs(ANY, ANY), (c, a) -> Maths.divf(a[0], tail(a, 1)));
        put(map, "atoi", sig(STRING), (c, a) -> Maths.atoi(s(a[0])));
        put(map, "int", sig(ANY), (c, a) -> dev.helmshift.template.funcs.value.Cast.toInt(a[0]));
        put(map, "int64", sig(ANY), (c, a) -> dev.helmshift.template.funcs.value.Cast.toInt64(a[0]));
        put(map, "float64", sig(ANY), (c, a) -> dev.helmshift.template.funcs.value.Cast.toFloat64(a[0]));
        put(map, "toDecimal", sig(ANY), (c, a) -> Maths.toDecimal(a[0]));
    }

    private static void defaults(FuncMap map) {
        put(map, "default", varargs(ANY, ANY), (c, a) -> Defaults.dfault(a[0], tail(a, 1)));
        put(map, "empty", sig(ANY), (c, a) -> dev.helmshift.template.funcs.value.GoValues.empty(a[0]));
        put(map, "coalesce", varargs(ANY), (c, a) -> Defaults.coalesce(a));
        put(map, "all", varargs(ANY), (c, a) -> Defaults.all(a));
        put(map, "any", varargs(ANY), (c, a) -> Defaults.any(a));
        put(map, "ternary", sig(ANY, ANY, BOOL), (c, a) -> Defaults.ternary(a[0], a[1], (Boolean) a[2]));
        put(map, "typeOf", sig(ANY), (c, a) -> Defaults.typeOf(a[0]));
        put(map, "typeIs", sig(STRING, ANY), (c, a) -> Defaults.typeIs(s(a[0]), a[1]));
        put(map, "typeIsLike", sig(STRING, ANY), (c, a) -> Defaults.typeIsLike(s(a[0]), a[1]));
        put(map, "kindOf", sig(ANY), (c, a) -> Defaults.kindOf(a[0]));
        put(map, "kindIs", sig(STRING, ANY), (c, a) -> Defaults.kindIs(s(a[0]), a[1]));
        put(map, "deepEqual", sig(ANY, ANY),
                (c, a) -> dev.helmshift.template.funcs.value.GoValues.deepEqual(a[0], a[1]));
        put(map, "fail", sig(STRING).withError(), (c, a) -> {
            throw new FunctionException(s(a[0]));
        });
    }

    private static void encodings(FuncMap map) {
        put(map, "b64enc", sig(STRING), (c, a) -> Encodings.b64enc(s(a[0])));
        put(map, "b64dec", sig(STRING), (c, a) -> Encodings.b64dec(s(a[0])));
        put(map, "b32enc", sig(STRING), (c, a) -> Encodings.b32enc(s(a[0])));
        put(map, "b32dec", sig(STRING), (c, a) -> Encodings.b32dec(s(a[0])));
        put(map, "sha1sum", sig(STRING), (c, a) -> Encodings.sha1sum(s(a[0])));
        put(map, "sha256sum", sig(STRING), (c, a) -> Encodings.sha256sum(s(a[0])));
        put(map, "sha512sum", sig(STRING), (c, a) -> Encodings.sha512sum(s(a[0])));
        put(map, "adler32sum", sig(STRING), (c, a) -> Encodings.adler32sum(s(a[0])));
        put(map, "toPrettyJson", sig(ANY), (c, a) -> swallow(() -> GoJsonEncoder.marshalIndent(a[0])));
        put(map, "toRawJson", sig(ANY), (c, a) -> swallow(() -> GoJsonEncoder.marshalRaw(a[0])));
        put(map, "mustToPrettyJson", sig(ANY).withError(), (c, a) -> must(() -> GoJsonEncoder.marshalIndent(a[0])));
        put(map, "mustToRawJson", sig(ANY).withError(), (c, a) -> must(() -> GoJsonEncoder.marshalRaw(a[0])));
        put(map, "mustToJson", sig(ANY).withError(), (c, a) -> must(() -> GoJsonEncoder.marshal(a[0])));
        put(map, "mustFromJson", sig(STRING).withError(), (c, a) -> must(() -> GoJsonDecoder.parse(s(a[0]))));
    }

    /** Sprig's plain JSON functions swallow errors and return "". */
    private static Object swallow(java.util.function.Supplier<Object> f) {
        try {
            return f.get();
        } catch (GoJsonException e) {
            return "";
        }
    }

    private static Object must(java.util.function.Supplier<Object> f) {
        try {
            return f.get();
        } catch (GoJsonException e) {
            throw new FunctionException(e.getMessage());
        }
    }

    private static void regexes(FuncMap map) {
        put(map, "regexMatch", sig(STRING, STRING), (c, a) -> Regexes.regexMatch(s(a[0]), s(a[1])));
        put(map, "mustRegexMatch", sig(STRING, STRING).withError(), (c, a) -> Regexes.mustRegexMatch(s(a[0]), s(a[1])));
        put(map, "regexFindAll", sig(STRING, STRING, INT), (c, a) -> Regexes.regexFindAll(s(a[0]), s(a[1]), i(a[2])));
        put(map, "mustRegexFindAll", sig(STRING, STRING, INT).withError(),
                (c, a) -> Regexes.mustRegexFindAll(s(a[0]), s(a[1]), i(a[2])));
        put(map, "regexFind", sig(STRING, STRING), (c, a) -> Regexes.regexFind(s(a[0]), s(a[1])));
        put(map, "mustRegexFind", sig(STRING, STRING).withError(), (c, a) -> Regexes.mustRegexFind(s(a[0]), s(a[1])));
        put(map, "regexReplaceAll", sig(STRING, STRING, STRING),
                (c, a) -> Regexes.regexReplaceAll(s(a[0]), s(a[1]), s(a[2])));
        put(map, "mustRegexReplaceAll", sig(STRING, STRING, STRING).withError(),
                (c, a) -> Regexes.mustRegexReplaceAll(s(a[0]), s(a[1]), s(a[2])));
        put(map, "regexReplaceAllLiteral", sig(STRING, STRING, STRING),
                (c, a) -> Regexes.regexReplaceAllLiteral(s(a[0]), s(a[1]), s(a[2])));
        put(map, "mustRegexReplaceAllLiteral", sig(STRING, STRING, STRING).withError(),
                (c, a) -> Regexes.mustRegexReplaceAllLiteral(s(a[0]), s(a[1]), s(a[2])));
        put(map, "regexSplit", sig(STRING, STRING, INT), (c, a) -> Regexes.regexSplit(s(a[0]), s(a[1]), i(a[2])));
        put(map, "mustRegexSplit", sig(STRING, STRING, INT).withError(),
                (c, a) -> Regexes.mustRegexSplit(s(a[0]), s(a[1]), i(a[2])));
        put(map, "regexQuoteMeta", sig(STRING), (c, a) -> Regexes.regexQuoteMeta(s(a[0])));
    }

    private static void paths(FuncMap map) {
        for (String prefix : List.of("", "os")) {
            put(map, prefix.isEmpty() ? "base" : "osBase", sig(STRING), (c, a) -> Paths.base(s(a[0])));
            put(map, prefix.isEmpty() ? "dir" : "osDir", sig(STRING), (c, a) -> Paths.dir(s(a[0])));
            put(map, prefix.isEmpty() ? "clean" : "osClean", sig(STRING), (c, a) -> Paths.clean(s(a[0])));
            put(map, prefix.isEmpty() ? "ext" : "osExt", sig(STRING), (c, a) -> Paths.ext(s(a[0])));
            put(map, prefix.isEmpty() ? "isAbs" : "osIsAbs", sig(STRING), (c, a) -> Paths.isAbs(s(a[0])));
        }
    }

    private static void randoms(FuncMap map) {
        put(map, "randAlphaNum", sig(INT), (c, a) -> Randoms.randAlphaNum(i(a[0])));
        put(map, "randAlpha", sig(INT), (c, a) -> Randoms.randAlpha(i(a[0])));
        put(map, "randAscii", sig(INT), (c, a) -> Randoms.randAscii(i(a[0])));
        put(map, "randNumeric", sig(INT), (c, a) -> Randoms.randNumeric(i(a[0])));
        put(map, "randInt", sig(INT, INT), (c, a) -> Randoms.randInt(i(a[0]), i(a[1])));
        put(map, "uuidv4", sig(), (c, a) -> Randoms.uuidv4());
        put(map, "shuffle", sig(STRING), (c, a) -> Randoms.shuffle(s(a[0])));
    }

    private static final NamedType CERTIFICATE = new NamedType(Certificates.Certificate.GO_TYPE);

    private static void crypto(FuncMap map) {
        put(map, "bcrypt", sig(STRING), (c, a) -> Passwords.bcrypt(s(a[0])));
        put(map, "htpasswd", sig(STRING, STRING), (c, a) -> Passwords.htpasswd(s(a[0]), s(a[1])));
        put(map, "derivePassword", sig(UINT32, STRING, STRING, STRING, STRING),
                (c, a) -> Passwords.derivePassword((Long) a[0], s(a[1]), s(a[2]), s(a[3]), s(a[4])));
        put(map, "encryptAES", sig(STRING, STRING).withError(), (c, a) -> Aes.encrypt(s(a[0]), s(a[1])));
        put(map, "decryptAES", sig(STRING, STRING).withError(), (c, a) -> Aes.decrypt(s(a[0]), s(a[1])));
        put(map, "randBytes", sig(INT).withError(), (c, a) -> Randoms.randBytes(i(a[0])));
        put(map, "genPrivateKey", sig(STRING), (c, a) -> Certificates.genPrivateKey(s(a[0])));
        put(map, "buildCustomCert", sig(STRING, STRING).withError(),
                (c, a) -> Certificates.buildCustomCert(s(a[0]), s(a[1])));
        put(map, "genCA", sig(STRING, INT).withError(), (c, a) -> Certificates.genCA(s(a[0]), i(a[1])));
        put(map, "genCAWithKey", sig(STRING, INT, STRING).withError(),
                (c, a) -> Certificates.genCAWithKey(s(a[0]), i(a[1]), s(a[2])));
        put(map, "genSelfSignedCert", sig(STRING, LIST, LIST, INT).withError(),
                (c, a) -> Certificates.genSelfSignedCert(s(a[0]), l(a[1]), l(a[2]), i(a[3])));
        put(map, "genSelfSignedCertWithKey", sig(STRING, LIST, LIST, INT, STRING).withError(),
                (c, a) -> Certificates.genSelfSignedCertWithKey(s(a[0]), l(a[1]), l(a[2]), i(a[3]), s(a[4])));
        put(map, "genSignedCert", sig(STRING, LIST, LIST, INT, CERTIFICATE).withError(),
                (c, a) -> Certificates.genSignedCert(s(a[0]), l(a[1]), l(a[2]), i(a[3]), cert(a[4])));
        put(map, "genSignedCertWithKey", sig(STRING, LIST, LIST, INT, CERTIFICATE, STRING).withError(),
                (c, a) -> Certificates.genSignedCertWithKey(s(a[0]), l(a[1]), l(a[2]), i(a[3]), cert(a[4]), s(a[5])));
    }

    private static void network(FuncMap map) {
        put(map, "getHostByName", sig(STRING), (c, a) -> Hosts.getHostByName(s(a[0])));
        put(map, "urlParse", sig(STRING), (c, a) -> Urls.urlParse(s(a[0])));
        put(map, "urlJoin", sig(MAP), (c, a) -> Urls.urlJoin(nilableMap(a[0])));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nilableMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static void semver(FuncMap map) {
        put(map, "semver", sig(STRING).withError(), (c, a) -> SemverVersion.parse(s(a[0])));
        put(map, "semverCompare", sig(STRING, STRING).withError(),
                (c, a) -> SemverConstraints.parse(s(a[0])).check(SemverVersion.parse(s(a[1]))));
    }
}
