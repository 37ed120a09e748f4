package org.amilab.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * V7: log lines become a kind and a JSON payload of facts, instead of an action, a target and a
 * result word. What an old line did not say is recovered from the playground's own document: the
 * AMI, type, region and root of a launch; the state or type an instance left, from its state
 * segments; what an AMI was registered as. Only what nothing recorded stays unknown: the message of
 * an old refusal (its code is kept), the accounts an image was shared with, and the source region
 * of a copy whose description was changed.
 *
 * <p>Written against the stored JSON as a tree, not the simulator's records: this migration must go
 * on reading version-6 documents however the records change later.
 */
@Component
class TypedEventsMigration implements JavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COPIED_FROM = Pattern.compile("^\\[Copied \\S+ from (\\S+)]");
    static final String UNKNOWN = "unknown";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7");
    }

    @Override
    public String getDescription() {
        return "typed events";
    }

    @Override
    public Integer getChecksum() {
        return 7;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            // H2 commits each DDL statement at once, so a run that failed leaves the columns behind (and,
            // if it failed after setting them not null, typed lines): once Flyway's record of the failure
            // is repaired, the next run finds them and types only the lines still without a kind
            ddl.execute("alter table playground_event add column if not exists kind varchar(40)");
            ddl.execute("alter table playground_event add column if not exists payload character varying");
        }
        try (Statement select = connection.createStatement();
             ResultSet playgrounds = select.executeQuery("select id, resources from playground")) {
            while (playgrounds.next()) {
                migrateLog(connection, playgrounds.getLong(1), new Document(JSON.readTree(playgrounds.getString(2))));
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table playground_event alter column kind set not null");
            ddl.execute("alter table playground_event alter column payload set not null");
            ddl.execute("alter table playground_event drop column if exists event_type");
            ddl.execute("alter table playground_event drop column if exists result");
        }
    }

    private static void migrateLog(Connection connection, long playgroundId, Document document) throws SQLException {
        Line.Speed speed = new Line.Speed();
        try (PreparedStatement select = connection.prepareStatement("select id, simulated_at, event_type, target_id,"
                + " result, error_code, sequence, kind from playground_event where playground_id = ? order by sequence");
             PreparedStatement update = connection.prepareStatement(
                     "update playground_event set kind = ?, payload = ? where id = ?")) {
            select.setLong(1, playgroundId);
            try (ResultSet lines = select.executeQuery()) {
                while (lines.next()) {
                    Line line = new Line(lines.getObject(2, OffsetDateTime.class).toInstant(), lines.getString(3),
                            lines.getString(4), lines.getString(5), lines.getString(6));
                    // every line is read, typed before or not, so that the clock's speed so far is known
                    Typed typed = typedOrExplained(line, document, speed, playgroundId, lines.getLong(7));
                    if (lines.getString(8) != null) {
                        continue;
                    }
                    update.setString(1, typed.kind());
                    update.setString(2, typed.payload().toString());
                    update.setLong(3, lines.getLong(1));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }

    /** A line that cannot be typed stops the migration with where it is and what it says, so that it can be mended. */
    private static Typed typedOrExplained(Line line, Document document, Line.Speed speed, long playgroundId,
                                          long sequence) {
        try {
            return line.typed(document, speed);
        } catch (RuntimeException odd) {
            throw new IllegalStateException("playground " + playgroundId + ", log line " + sequence + " (" + line.action()
                    + " of '" + line.target() + "' with result '" + line.result() + "') cannot be typed: "
                    + odd.getMessage(), odd);
        }
    }

    record Typed(String kind, ObjectNode payload) {
    }

    /** One old line: the action, its target, the result word and the refusal code if any. */
    record Line(Instant at, String action, String target, String result, String errorCode) {

        /** The clock's speed so far in this log, for the "from" of the next speed change. */
        static final class Speed {
            int current = 1;
        }

        Typed typed(Document document, Speed speed) {
            if (!errorCode.isEmpty()) {
                return new Typed("ActionRefused", node().put("action", action).put("targetId", target)
                        .put("code", errorCode).put("message", ""));
            }
            return switch (action) {
                case "LAUNCH" -> launched(document);
                case "START", "STOP", "TERMINATE" -> stateChanged(document, action);
                case "REBOOT" -> new Typed("InstanceRebooted", node().put("instanceId", target)
                        .put("rebooted", result.equals("rebooted")));
                case "MODIFY_INSTANCE_TYPE" -> new Typed("InstanceTypeChanged", node().put("instanceId", target)
                        .put("from", document.typeBefore(target, at, result)).put("to", result));
                case "SET_PROTECTION" -> protection();
                case "CREATE_IMAGE", "BUNDLE_INSTANCE", "COPY_IMAGE" -> registered(document);
                case "DEREGISTER_IMAGE" -> new Typed("ImageDeregistered", node().put("imageId", target));
                case "MODIFY_LAUNCH_PERMISSION" -> launchPermission();
                case "DELETE_SNAPSHOT", "DELETE_BUNDLE", "DELETE_VOLUME" -> new Typed("StorageDeleted",
                        node().put("action", action).put("storageId", target));
                case "ADVANCE_CLOCK" -> new Typed("ClockAdvanced", node().put("step", result.substring(1)));
                case "SET_SPEED" -> speedChanged(speed);
                case "PAUSE" -> new Typed("ClockRunning", node().put("running", false));
                case "RESUME" -> new Typed("ClockRunning", node().put("running", true));
                case "STATE_CHANGE" -> byItself(document);
                default -> throw new IllegalStateException("a stored log line has an unknown action " + action);
            };
        }

        private Typed launched(Document document) {
            JsonNode instance = document.instance(target);
            JsonNode first = instance.path("history").path(0);
            return new Typed("InstanceLaunched", node().put("instanceId", target)
                    .put("imageId", instance.path("imageId").asText(UNKNOWN))
                    .put("instanceType", first.path("instanceType").asText(UNKNOWN))
                    .put("region", instance.path("region").asText(UNKNOWN))
                    .put("rootDeviceType", instance.path("rootDeviceType").asText("EBS"))
                    .put("rootSizeGiB", instance.path("rootSizeGiB").asInt()));
        }

        private Typed stateChanged(Document document, String cause) {
            String to = enumName(result);
            JsonNode segment = document.segmentStartedAt(target, at, to);
            String from = segment == null ? to : document.stateBefore(target, segment);
            // a request that changed nothing reports the reason the instance is in its state already
            JsonNode reason = (segment == null ? document.segmentCovering(target, at) : segment).get("reason");
            return new Typed("InstanceStateChanged", node().put("action", cause).put("instanceId", target)
                    .put("from", from).put("to", to).set("reason", reason == null ? noReason() : reason));
        }

        private Typed protection() {
            String[] words = result.split(" ");
            return new Typed("ProtectionChanged", node().put("instanceId", target)
                    .put("protection", words[0].toUpperCase(Locale.ROOT)).put("enabled", words[1].equals("on")));
        }

        private Typed registered(Document document) {
            String imageId = result.split(" ")[0];
            JsonNode ami = document.image(imageId).path("ami");
            String region = ami.path("region").asText(UNKNOWN);
            String sourceRegion = region;
            if (action.equals("COPY_IMAGE")) {
                Matcher copied = COPIED_FROM.matcher(ami.path("description").asText(""));
                sourceRegion = copied.find() ? copied.group(1)
                        : document.image(target).path("ami").path("region").asText(UNKNOWN);
            }
            return new Typed("ImageRegistered", node().put("action", action).put("imageId", imageId)
                    .put("name", ami.path("name").asText(UNKNOWN)).put("region", region)
                    .put("rootDeviceType", ami.path("rootDeviceType").asText(action.equals("BUNDLE_INSTANCE")
                            ? "INSTANCE_STORE" : "EBS"))
                    .put("source", target).put("sourceRegion", sourceRegion));
        }

        private Typed launchPermission() {
            ObjectNode payload = node().put("imageId", target).put("publicImage", result.equals("public"));
            payload.putArray("accountIds");
            return new Typed("LaunchPermissionChanged", payload);
        }

        private Typed speedChanged(Speed speed) {
            int to = Integer.parseInt(result.substring(0, result.length() - 1));
            Typed typed = new Typed("ClockSpeedChanged", node().put("from", speed.current).put("to", to));
            speed.current = to;
            return typed;
        }

        /** A transition nobody asked for: an instance settled, a volume went with its instance, an image became available. */
        private Typed byItself(Document document) {
            if (target.startsWith("vol-")) {
                return new Typed("VolumeStateChanged", node().put("volumeId", target)
                        .put("instanceId", document.volume(target).path("instanceId").asText(UNKNOWN))
                        .put("from", "IN_USE").put("to", enumName(result)));
            }
            if (target.startsWith("ami-")) {
                return new Typed("ImageStateChanged", node().put("imageId", target).put("from", "PENDING")
                        .put("to", enumName(result)));
            }
            String to = enumName(result);
            JsonNode segment = document.segmentStartedAt(target, at, to);
            JsonNode reason = segment == null ? null : segment.get("reason");
            return new Typed("InstanceStateChanged", node().put("action", "STATE_CHANGE").put("instanceId", target)
                    .put("from", transitionalBefore(to)).put("to", to)
                    .set("reason", reason == null ? noReason() : reason));
        }

        private static String transitionalBefore(String settled) {
            return switch (settled) {
                case "RUNNING" -> "PENDING";
                case "STOPPED" -> "STOPPING";
                case "TERMINATED" -> "SHUTTING_DOWN";
                default -> settled;
            };
        }

        private static String enumName(String apiName) {
            return apiName.toUpperCase(Locale.ROOT).replace('-', '_');
        }

        private static ObjectNode node() {
            return JSON.createObjectNode();
        }

        private static ObjectNode noReason() {
            return node().put("code", "").put("message", "").put("transitionReason", "");
        }
    }

    /** A version-6 resources document, indexed by id. */
    static final class Document {

        private final Map<String, JsonNode> instances = new HashMap<>();
        private final Map<String, JsonNode> volumes = new HashMap<>();
        private final Map<String, JsonNode> images = new HashMap<>();
        private final Set<JsonNode> claimed = Collections.newSetFromMap(new IdentityHashMap<>());

        Document(JsonNode resources) {
            resources.path("instances").forEach(i -> instances.put(i.path("id").asText(), i));
            resources.path("volumes").forEach(v -> volumes.put(v.path("id").asText(), v));
            resources.path("images").forEach(a -> images.put(a.path("ami").path("id").asText(), a));
        }

        JsonNode instance(String id) {
            return instances.getOrDefault(id, JSON.missingNode());
        }

        JsonNode volume(String id) {
            return volumes.getOrDefault(id, JSON.missingNode());
        }

        JsonNode image(String id) {
            return images.getOrDefault(id, JSON.missingNode());
        }

        /**
         * The segment in {@code state} that began at {@code at}, if this line began it: lines are read
         * in order, and a segment is the change of the first line that finds it, so a second stop at
         * the same instant changed nothing, as it did.
         */
        @Nullable JsonNode segmentStartedAt(String instanceId, Instant at, String state) {
            for (JsonNode segment : instance(instanceId).path("history")) {
                if (Instant.parse(segment.path("from").asText()).equals(at) && segment.path("state").asText().equals(state)
                        && claimed.add(segment)) {
                    return segment;
                }
            }
            return null;
        }

        /** The segment the instance was in at {@code at}, the latest one that had begun. */
        JsonNode segmentCovering(String instanceId, Instant at) {
            JsonNode covering = JSON.missingNode();
            for (JsonNode segment : instance(instanceId).path("history")) {
                if (!Instant.parse(segment.path("from").asText()).isAfter(at)) {
                    covering = segment;
                }
            }
            return covering;
        }

        /** The state of the segment just before {@code segment}. */
        String stateBefore(String instanceId, JsonNode segment) {
            JsonNode previous = null;
            for (JsonNode each : instance(instanceId).path("history")) {
                if (each == segment) {
                    return previous == null ? segment.path("state").asText() : previous.path("state").asText();
                }
                previous = each;
            }
            return segment.path("state").asText();
        }

        /** The instance type just before the change to {@code to} at {@code at}. */
        String typeBefore(String instanceId, Instant at, String to) {
            String before = to;
            for (JsonNode segment : instance(instanceId).path("history")) {
                Instant from = Instant.parse(segment.path("from").asText());
                if (from.equals(at) && segment.path("instanceType").asText().equals(to)) {
                    return before;
                }
                before = segment.path("instanceType").asText();
            }
            return to;
        }
    }
}
