package org.amilab.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.amilab.simulator.Ami;
import org.amilab.simulator.Catalog;
import org.amilab.simulator.EventDetail;
import org.amilab.simulator.EventType;
import org.amilab.simulator.ImageState;
import org.amilab.simulator.Instance;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.Refusal;
import org.amilab.simulator.RootDeviceType;
import org.amilab.simulator.Snapshot;
import org.amilab.simulator.SoftwarePackage;
import org.amilab.simulator.StateSegment;
import org.amilab.simulator.Volume;
import org.amilab.simulator.VolumeState;
import org.amilab.simulator.VolumeType;
import org.jspecify.annotations.Nullable;

/**
 * The conditions a challenge step can check (content/README.md, "challenge.yml"): a kind naming what
 * to look for ({@code instance}, {@code image}, {@code volume}, {@code snapshot}, {@code event}, or
 * {@code no-} before one of them for "there is none"), and fields that must all match. Every field
 * value is checked here against the simulator's own names and the catalog, once, at start-up.
 */
final class ConditionLanguage {

    private static final String NONE_PREFIX = "no-";
    private static final String COUNT = "count";
    private static final Pattern DURATION = Pattern.compile("([1-9][0-9]{0,4})([smhd])");

    private final Map<String, Subject<?>> subjects = new LinkedHashMap<>();

    ConditionLanguage(Catalog catalog) {
        Set<String> types = catalog.instanceTypes().stream().map(t -> t.name()).collect(Collectors.toSet());
        Set<String> regions = catalog.regions().stream().map(r -> r.code()).collect(Collectors.toSet());
        Set<String> amis = catalog.amis().stream().map(Ami::id).collect(Collectors.toSet());
        Set<String> codes = Arrays.stream(Refusal.values()).map(Refusal::code).collect(Collectors.toSet());
        Set<String> packages = catalog.software().packages().stream().map(SoftwarePackage::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> services = catalog.software().packages().stream().filter(SoftwarePackage::hasService)
                .map(SoftwarePackage::service).collect(Collectors.toCollection(TreeSet::new));

        var instance = new Subject<Instance>("instance", Observed::instances);
        instance.field("state", names(InstanceState.values(), InstanceState::apiName), null,
                (o, i, wanted) -> wanted.contains(i.stateAt(o.now()).apiName()));
        instance.field("root-device-type", names(RootDeviceType.values(), RootDeviceType::apiName), null,
                (o, i, wanted) -> wanted.contains(i.rootDeviceType().apiName()));
        instance.field("type", types, "an instance type of the catalog", (o, i, wanted) -> wanted.contains(i.instanceType()));
        instance.field("region", regions, "a region of the catalog", (o, i, wanted) -> wanted.contains(i.region()));
        instance.field("image", amis, "an AMI id of the catalog", (o, i, wanted) -> wanted.contains(i.imageId()));
        instance.textField("name", (o, i, wanted) -> wanted.contains(i.name()));
        instance.flag("from-own-ami", (o, i) -> o.howImagesWereMade().containsKey(i.imageId()));
        instance.flag("from-setup", (o, i) -> o.setupInstanceIds().contains(i.id()));
        instance.flag("changed-type", (o, i) -> i.history().stream().map(StateSegment::instanceType).distinct().count() > 1);
        instance.flag("termination-protection", (o, i) -> i.terminationProtection());
        instance.flag("stop-protection", (o, i) -> i.stopProtection());
        instance.flag("impaired", (o, i) -> i.impairedAt(o.now()));
        instance.field("has-package", packages, "a package of the software catalog",
                (o, i, wanted) -> i.software().packages().stream().anyMatch(wanted::contains));
        instance.field("runs-service", services, "a service of the software catalog",
                (o, i, wanted) -> i.software().runningServices().stream().anyMatch(wanted::contains));
        instance.textField("has-file", (o, i, wanted) -> i.software().files().stream()
                .anyMatch(f -> wanted.contains(f.path())));
        instance.lasting("for", (o, i) -> i.segmentAt(o.now()).from());
        subjects.put(instance.kind, instance);

        var image = new Subject<Ami>("image", Observed::images);
        image.field("state", names(ImageState.values(), ImageState::apiName), null, (o, a, wanted) -> wanted.contains(a.state().apiName()));
        image.field("root-device-type", names(RootDeviceType.values(), RootDeviceType::apiName), null,
                (o, a, wanted) -> wanted.contains(a.rootDeviceType().apiName()));
        image.field("region", regions, "a region of the catalog", (o, a, wanted) -> wanted.contains(a.region()));
        image.field("made-by", Set.of(actionName(EventType.CREATE_IMAGE), actionName(EventType.BUNDLE_INSTANCE),
                actionName(EventType.COPY_IMAGE), actionName(EventType.IMPORT_IMAGE)), null,
                (o, a, wanted) -> Optional.ofNullable(o.howImagesWereMade().get(a.id()))
                        .filter(how -> wanted.contains(actionName(how))).isPresent());
        image.flag("public", (o, a) -> a.launchPermission().isPublic());
        image.field("has-package", packages, "a package of the software catalog",
                (o, a, wanted) -> a.software().packages().stream().anyMatch(wanted::contains));
        subjects.put(image.kind, image);

        var volume = new Subject<Volume>("volume", Observed::volumes);
        volume.field("state", names(VolumeState.values(), VolumeState::apiName), null,
                (o, v, wanted) -> wanted.contains(v.stateAt(o.now()).apiName()));
        volume.field("type", names(VolumeType.values(), VolumeType::apiName), null, (o, v, wanted) -> wanted.contains(v.volumeType().apiName()));
        volume.field("region", regions, "a region of the catalog", (o, v, wanted) -> wanted.contains(v.region()));
        subjects.put(volume.kind, volume);

        var snapshot = new Subject<Snapshot>("snapshot", Observed::snapshots);
        snapshot.field("region", regions, "a region of the catalog", (o, s, wanted) -> wanted.contains(s.region()));
        snapshot.flag("image-registered", (o, s) -> o.images().stream().anyMatch(a -> a.id().equals(s.imageId())));
        subjects.put(snapshot.kind, snapshot);

        var event = new Subject<PlaygroundEvent>("event", Observed::sinceSetup);
        event.field("action", names(EventType.values(), ConditionLanguage::actionName), null,
                (o, e, wanted) -> wanted.contains(actionName(e.type())));
        event.field("outcome", Set.of("accepted", "refused"), null,
                (o, e, wanted) -> wanted.contains(e.accepted() ? "accepted" : "refused"));
        event.field("code", codes, "an error code the playground answers with", (o, e, wanted) -> wanted.contains(e.errorCode()));
        event.field("from", names(InstanceState.values(), InstanceState::apiName), null, (o, e, wanted) ->
                e.detail() instanceof EventDetail.InstanceStateChanged changed && wanted.contains(changed.from().apiName()));
        event.field("to", names(InstanceState.values(), InstanceState::apiName), null, (o, e, wanted) ->
                e.detail() instanceof EventDetail.InstanceStateChanged changed && wanted.contains(changed.to().apiName()));
        event.field("root-device-type", names(RootDeviceType.values(), RootDeviceType::apiName), null,
                (o, e, wanted) -> rootDeviceType(o, e).filter(root -> wanted.contains(root.apiName())).isPresent());
        event.field("type", types, "an instance type of the catalog", (o, e, wanted) ->
                e.detail() instanceof EventDetail.InstanceLaunched launched ? wanted.contains(launched.instanceType())
                        : e.detail() instanceof EventDetail.InstanceTypeChanged changed && wanted.contains(changed.to()));
        event.textField("command-contains", (o, e, wanted) -> e.detail() instanceof EventDetail.ShellCommandRan ran
                && wanted.stream().anyMatch(ran.commandLine()::contains));
        subjects.put(event.kind, event);
    }

    /** The condition at {@code path}: empty after adding what is wrong with it to {@code problems}. */
    Optional<Condition> read(YamlDocument doc, JsonNode node, String path, List<ContentProblem> problems) {
        if (!node.isObject() || node.size() != 1) {
            problems.add(doc.problem(path, "a condition is one kind with its fields, such as "
                    + "'instance: {state: running}'; the kinds are " + kinds()));
            return Optional.empty();
        }
        String kind = node.fieldNames().next();
        boolean none = kind.startsWith(NONE_PREFIX);
        @Nullable Subject<?> subject = subjects.get(none ? kind.substring(NONE_PREFIX.length()) : kind);
        if (subject == null) {
            problems.add(doc.problem(path + "/" + kind, "unknown condition '" + kind + "'; the kinds are " + kinds()));
            return Optional.empty();
        }
        JsonNode fields = node.get(kind);
        if (fields.isNull() || fields.isEmpty() && fields.isObject()) {
            fields = YamlText.MAPPER.createObjectNode();
        } else if (!fields.isObject()) {
            problems.add(doc.problem(path + "/" + kind, "'" + kind + "' takes fields, such as {"
                    + subject.fieldNames().get(0) + ": ...}, or {} for any " + subject.kind));
            return Optional.empty();
        }
        return subject.read(doc, fields, path + "/" + kind, kind, none, problems);
    }

    private String kinds() {
        var all = new ArrayList<String>();
        subjects.keySet().forEach(kind -> {
            all.add(kind);
            all.add(NONE_PREFIX + kind);
        });
        return String.join(", ", all);
    }

    /** How a condition and the playground's log name an action: {@code stop}, {@code modify-instance-type}. */
    static String actionName(EventType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Optional<RootDeviceType> rootDeviceType(Observed observed, PlaygroundEvent event) {
        if (event.detail() instanceof EventDetail.InstanceLaunched launched) {
            return Optional.of(launched.rootDeviceType());
        }
        if (event.detail() instanceof EventDetail.ImageRegistered registered) {
            return Optional.of(registered.rootDeviceType());
        }
        return observed.instance(event.targetId()).map(Instance::rootDeviceType);
    }

    /** Reads a field's value into the set of values it accepts, or says what it should have been. */
    private interface ValueReader extends Function<JsonNode, Optional<Set<String>>> {
    }

    /** A field's test: does this thing, in this playground, have one of the wanted values? */
    private interface Match<T> {
        boolean test(Observed observed, T thing, Set<String> wanted);
    }

    private static <E> Set<String> names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static ValueReader oneOf(Set<String> allowed) {
        return value -> {
            List<String> given = texts(value);
            return !given.isEmpty() && allowed.containsAll(given) ? Optional.of(Set.copyOf(given)) : Optional.empty();
        };
    }

    private static ValueReader text() {
        return value -> {
            List<String> given = texts(value);
            return given.isEmpty() || given.stream().anyMatch(String::isBlank) ? Optional.empty() : Optional.of(Set.copyOf(given));
        };
    }

    /** One text value, or a list of them meaning "any of these"; empty for anything else. */
    private static List<String> texts(JsonNode value) {
        if (value.isValueNode() && !value.isNull()) {
            return List.of(value.asText().strip());
        }
        if (value.isArray() && !value.isEmpty()) {
            var all = new ArrayList<String>();
            for (JsonNode item : value) {
                if (!item.isValueNode() || item.isNull()) {
                    return List.of();
                }
                all.add(item.asText().strip());
            }
            return all;
        }
        return List.of();
    }

    /** Something a condition looks for, such as instances, with the fields it can be matched on. */
    private static final class Subject<T> {

        private final String kind;
        private final Function<Observed, List<T>> things;
        private final Map<String, FieldReader<T>> fields = new LinkedHashMap<>();

        Subject(String kind, Function<Observed, List<T>> things) {
            this.kind = kind;
            this.things = things;
        }

        /**
         * A field whose value is one of {@code allowed}, or a list of them meaning any of them; a
         * mistake is told {@code what} was expected, or the values when there are few.
         */
        void field(String name, Set<String> allowed, @Nullable String what, Match<T> match) {
            field(name, oneOf(allowed), match, (what == null ? "one of " + String.join(", ", allowed) : what)
                    + ", or a list of them");
        }

        void textField(String name, Match<T> match) {
            field(name, text(), match, "text, or a list of texts");
        }

        private void field(String name, ValueReader reader, Match<T> match, String expected) {
            fields.put(name, (doc, value, path, problems) -> {
                Optional<Set<String>> wanted = reader.apply(value);
                if (wanted.isEmpty()) {
                    problems.add(doc.problem(path, "'" + name + "' must be " + expected + ", not '" + shown(value) + "'"));
                    return Optional.empty();
                }
                Set<String> values = wanted.get();
                return Optional.of((observed, thing) -> match.test(observed, thing, values));
            });
        }

        /** A field that is true or false. */
        void flag(String name, BiPredicate<Observed, T> test) {
            fields.put(name, (doc, value, path, problems) -> {
                if (!value.isBoolean()) {
                    problems.add(doc.problem(path, "'" + name + "' must be true or false, not '" + shown(value) + "'"));
                    return Optional.empty();
                }
                boolean wanted = value.booleanValue();
                return Optional.of((observed, thing) -> test.test(observed, thing) == wanted);
            });
        }

        /** A field naming how long at least, such as {@code 24h}, since the instant {@code since} gives. */
        void lasting(String name, BiFunction<Observed, T, Instant> since) {
            fields.put(name, (doc, value, path, problems) -> {
                Matcher m = DURATION.matcher(value.isValueNode() ? value.asText().strip() : "");
                if (!m.matches()) {
                    problems.add(doc.problem(path, "'" + name + "' must be a simulated duration such as 90s, 30m, "
                            + "24h or 2d, not '" + shown(value) + "'"));
                    return Optional.empty();
                }
                Duration least = duration(Long.parseLong(m.group(1)), m.group(2));
                return Optional.of((observed, thing) ->
                        !Duration.between(since.apply(observed, thing), observed.now()).minus(least).isNegative());
            });
        }

        List<String> fieldNames() {
            var all = new ArrayList<>(fields.keySet());
            all.add(COUNT);
            return all;
        }

        Optional<Condition> read(YamlDocument doc, JsonNode given, String path, String kind, boolean none,
                                 List<ContentProblem> problems) {
            int before = problems.size();
            var tests = new ArrayList<BiPredicate<Observed, T>>();
            int atLeast = 1;
            for (var entry : iterable(given)) {
                String name = entry.getKey();
                String at = path + "/" + name;
                if (COUNT.equals(name)) {
                    if (none || !entry.getValue().canConvertToInt() || !entry.getValue().isIntegralNumber()
                            || entry.getValue().intValue() < 1) {
                        problems.add(doc.problem(at, none ? "'" + kind + "' means there is none, so it takes no count"
                                : "'count' must be a whole number of at least 1"));
                    } else {
                        atLeast = entry.getValue().intValue();
                    }
                    continue;
                }
                @Nullable FieldReader<T> reader = fields.get(name);
                if (reader == null) {
                    problems.add(doc.problem(at, "'" + kind + "' has no field '" + name + "'; its fields are "
                            + String.join(", ", fieldNames())));
                    continue;
                }
                reader.read(doc, entry.getValue(), at, problems).ifPresent(tests::add);
            }
            if (problems.size() != before) {
                return Optional.empty();
            }
            int least = atLeast;
            Predicate<Observed> test = observed -> {
                long matching = things.apply(observed).stream()
                        .filter(thing -> tests.stream().allMatch(t -> t.test(observed, thing))).count();
                return none ? matching == 0 : matching >= least;
            };
            return Optional.of(new Condition(kind + ": " + given, test));
        }

        private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
            return node::fields;
        }
    }

    /** Reads one field of a condition into its test, or adds what is wrong with it. */
    private interface FieldReader<T> {
        Optional<BiPredicate<Observed, T>> read(YamlDocument doc, JsonNode value, String path, List<ContentProblem> problems);
    }

    private static Duration duration(long amount, String unit) {
        switch (unit) {
            case "s":
                return Duration.ofSeconds(amount);
            case "m":
                return Duration.ofMinutes(amount);
            case "h":
                return Duration.ofHours(amount);
            default:
                return Duration.ofDays(amount);
        }
    }

    private static String shown(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
