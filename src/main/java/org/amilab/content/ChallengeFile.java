package org.amilab.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.amilab.simulator.Actor;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.Playground;
import org.amilab.simulator.PlaygroundSettings;
import org.amilab.simulator.SimulatorEnvironment;

/**
 * A lesson's {@code challenge.yml}, checked field by field with the line of each problem (format:
 * content/README.md, "challenge.yml"). Its setup is tried on a playground of the simulator at
 * start-up, so a setup EC2 would refuse stops start-up instead of failing a learner's first click.
 */
final class ChallengeFile {

    static final String NAME = "challenge.yml";
    private static final Set<String> TOP_FIELDS = Set.of("title", "goal", "setup", "steps");
    private static final Set<String> SETUP_FIELDS = Set.of("region", "instances");
    private static final Set<String> LAUNCH_FIELDS = Set.of("image", "type", "count", "name", "state");
    private static final Set<String> STEP_FIELDS = Set.of("title", "check", "hints", "solution");
    private static final Set<String> LEFT_STATES = Set.of(InstanceState.RUNNING.apiName(), InstanceState.STOPPED.apiName());
    /** Any well-formed account id does for trying a setup; none of it is kept. */
    private static final String TRIAL_ACCOUNT = "100000000001";

    private final YamlDocument doc;
    private final String lessonId;
    private final SimulatorData.Loaded simulator;
    private final ConditionLanguage conditions;
    private final List<ContentProblem> problems;

    private ChallengeFile(YamlDocument doc, String lessonId, SimulatorData.Loaded simulator, List<ContentProblem> problems) {
        this.doc = doc;
        this.lessonId = lessonId;
        this.simulator = simulator;
        this.conditions = new ConditionLanguage(simulator.catalog());
        this.problems = problems;
    }

    static String path(String lessonId) {
        return "lessons/" + lessonId + "/" + NAME;
    }

    /** The lesson's challenge: empty when it has none, or after adding what is wrong with it to {@code problems}. */
    static Optional<Challenge> load(ContentFiles files, String lessonId, SimulatorData.Loaded simulator,
                                    List<ContentProblem> problems) {
        String file = path(lessonId);
        return files.read(file).flatMap(text -> YamlDocument.parse(text, file, problems))
                .flatMap(doc -> new ChallengeFile(doc, lessonId, simulator, problems).read());
    }

    private Optional<Challenge> read() {
        int before = problems.size();
        JsonNode root = doc.root();
        unknownFields(root, "", TOP_FIELDS, "the file holds title, goal, setup and steps");
        String title = doc.requiredText(root, "", "title", problems);
        String goal = doc.requiredText(root, "", "goal", problems);
        Optional<ChallengeSetup> setup = setup(root.path("setup"));
        JsonNode list = root.path("steps");
        var steps = new ArrayList<Challenge.Step>();
        if (!list.isArray() || list.isEmpty()) {
            problems.add(doc.problem("/steps", "'steps' must be a list with at least one step"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                step(list.get(i), "/steps/" + i).ifPresent(steps::add);
            }
        }
        if (problems.size() != before || setup.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Challenge(lessonId, title, goal, setup.get(), steps));
    }

    private Optional<ChallengeSetup> setup(JsonNode node) {
        if (!node.isObject()) {
            problems.add(doc.problem("/setup", "'setup' is required: the region the challenge opens in, and "
                    + "optionally instances already launched"));
            return Optional.empty();
        }
        int before = problems.size();
        unknownFields(node, "/setup", SETUP_FIELDS, "a setup has region and instances");
        String region = doc.requiredText(node, "/setup", "region", problems);
        if (!region.isEmpty() && simulator.catalog().region(region).isEmpty()) {
            problems.add(doc.problem("/setup/region", "region '" + region + "' is not in " + SimulatorData.REGIONS));
        }
        var launches = new ArrayList<ChallengeSetup.Launch>();
        JsonNode instances = node.path("instances");
        if (!instances.isMissingNode() && !instances.isArray()) {
            problems.add(doc.problem("/setup/instances", "'instances' must be a list of launches"));
        }
        var names = new HashSet<String>();
        for (int i = 0; i < instances.size() && instances.isArray(); i++) {
            launch(instances.get(i), "/setup/instances/" + i, names).ifPresent(launches::add);
        }
        if (problems.size() != before) {
            return Optional.empty();
        }
        var setup = new ChallengeSetup(region, launches);
        tryOut(setup);
        return problems.size() == before ? Optional.of(setup) : Optional.empty();
    }

    private Optional<ChallengeSetup.Launch> launch(JsonNode node, String path, Set<String> names) {
        if (!node.isObject()) {
            problems.add(doc.problem(path, "a launch has image, type, name, and optionally count and state"));
            return Optional.empty();
        }
        int before = problems.size();
        unknownFields(node, path, LAUNCH_FIELDS, "a launch has image, type, name, count and state");
        String image = doc.requiredText(node, path, "image", problems);
        String type = doc.requiredText(node, path, "type", problems);
        String name = doc.requiredText(node, path, "name", problems);
        if (!name.isEmpty() && !names.add(name)) {
            problems.add(doc.problem(path + "/name", "two launches are named '" + name + "'; the setup tells them apart by name"));
        }
        int count = node.has("count") ? node.get("count").asInt(0) : 1;
        if (node.has("count") && (!node.get("count").isIntegralNumber() || count < 1 || count > 5)) {
            problems.add(doc.problem(path + "/count", "'count' must be a whole number from 1 to 5"));
        }
        String state = node.path("state").asText(InstanceState.RUNNING.apiName());
        if (!LEFT_STATES.contains(state)) {
            problems.add(doc.problem(path + "/state", "'state' must be running or stopped, not '" + state + "'"));
        }
        if (problems.size() != before) {
            return Optional.empty();
        }
        InstanceState left = state.equals(InstanceState.STOPPED.apiName()) ? InstanceState.STOPPED : InstanceState.RUNNING;
        return Optional.of(new ChallengeSetup.Launch(image, type, count, name, left));
    }

    /** Runs the setup on a throw-away playground: EC2's refusal is a problem at the setup's line. */
    private void tryOut(ChallengeSetup setup) {
        var environment = new SimulatorEnvironment(simulator.catalog(), simulator.prices(),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), new Random(1));
        Playground trial = Playground.create(environment, TRIAL_ACCOUNT, PlaygroundSettings.DEFAULT);
        setup.applyTo(trial, Actor.SETUP).ifPresent(refusal -> problems.add(doc.problem("/setup/instances",
                "EC2 would refuse this setup: " + refusal.code() + ": " + refusal.message())));
    }

    private Optional<Challenge.Step> step(JsonNode node, String path) {
        if (!node.isObject()) {
            problems.add(doc.problem(path, "a step has title, check, hints and solution"));
            return Optional.empty();
        }
        int before = problems.size();
        unknownFields(node, path, STEP_FIELDS, "a step has title, check, hints and solution");
        String title = doc.requiredText(node, path, "title", problems);
        String solution = doc.requiredText(node, path, "solution", problems);
        var check = new ArrayList<Condition>();
        JsonNode list = node.path("check");
        if (!list.isArray() || list.isEmpty()) {
            problems.add(doc.problem(node.has("check") ? path + "/check" : path,
                    "'check' must be a list of at least one condition, all of which mean the step is done"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                conditions.read(doc, list.get(i), path + "/check/" + i, problems).ifPresent(check::add);
            }
        }
        var hints = new ArrayList<String>();
        JsonNode hintList = node.path("hints");
        if (!hintList.isArray() || hintList.isEmpty()) {
            problems.add(doc.problem(node.has("hints") ? path + "/hints" : path,
                    "'hints' must be a list of at least one hint, from a nudge to nearly the answer"));
        } else {
            for (int i = 0; i < hintList.size(); i++) {
                JsonNode hint = hintList.get(i);
                if (!hint.isValueNode() || hint.asText().isBlank()) {
                    problems.add(doc.problem(path + "/hints/" + i, "a hint must be text"));
                } else {
                    hints.add(hint.asText().strip());
                }
            }
        }
        return problems.size() == before ? Optional.of(new Challenge.Step(title, check, hints, solution)) : Optional.empty();
    }

    private void unknownFields(JsonNode node, String path, Set<String> known, String hint) {
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                problems.add(doc.problem(path + "/" + field, "unknown field '" + field + "' (" + hint + ")"));
            }
        });
    }
}
