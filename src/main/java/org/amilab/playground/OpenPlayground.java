package org.amilab.playground;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amilab.content.Observed;
import org.amilab.simulator.ActionResult;
import org.amilab.simulator.CostSeries;
import org.amilab.simulator.Ec2Error;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.ShellGreeting;

/**
 * One of the signed-in learner's playgrounds, chosen by purpose, for a page that works on it. It
 * holds no state but the purpose: every call goes through {@link PlaygroundService}, which checks
 * who is signed in and what they may do each time.
 */
public final class OpenPlayground {

    private final PlaygroundService service;
    private final String purpose;

    OpenPlayground(PlaygroundService service, String purpose) {
        this.service = service;
        this.purpose = purpose;
    }

    public String purpose() {
        return purpose;
    }

    public boolean isFree() {
        return PlaygroundRef.FREE.equals(purpose);
    }

    /** @see PlaygroundService#execute(PlaygroundCommand) */
    public <T> ActionResult<T> execute(PlaygroundCommand<T> command) {
        return service.executeIn(purpose, command);
    }

    /** @see PlaygroundService#execute(PlaygroundCommand, String) */
    public <T> ActionResult<T> execute(PlaygroundCommand<T> command, String clientToken) {
        return service.executeIn(purpose, command, clientToken);
    }

    /** @see PlaygroundService#dryRun(PlaygroundCommand) */
    public <T> Ec2Error dryRun(PlaygroundCommand<T> command) {
        return service.dryRunIn(purpose, command);
    }

    /** What connecting to one of its running instances shows, or EC2 Instance Connect's refusal; writes nothing. */
    public ActionResult<ShellGreeting> shellGreeting(String instanceId) {
        return service.shellGreetingIn(purpose, instanceId);
    }

    /** @see PlaygroundService#view() */
    public PlaygroundView view() {
        return service.viewIn(purpose);
    }

    /** @see PlaygroundService#liveView(ChartsOnScreen) */
    public LiveView liveView(ChartsOnScreen charts) {
        return service.liveViewIn(purpose, charts);
    }

    /** @see PlaygroundService#costSeries(Instant) */
    public Optional<CostSeries> costSeries(Instant until) {
        return service.playgroundCosts(purpose, until);
    }

    /** @see PlaygroundService#costSeries(String, Instant) */
    public Optional<CostSeries> costSeries(String instanceId, Instant until) {
        return service.instanceCosts(purpose, instanceId, until);
    }

    /** @see PlaygroundService#eventsBefore(long, int) */
    public List<PlaygroundEvent> eventsBefore(long sequence, int lines) {
        return service.eventsBeforeIn(purpose, sequence, lines);
    }

    /** @see PlaygroundService#writtenLog(String) */
    public List<PlaygroundEvent> writtenLog() {
        return service.writtenLog(purpose);
    }

    /**
     * The playground as a challenge step or a quiz task checks it: {@code view}, one it already
     * shows, with its whole log (the lines written, then those the view projects).
     */
    public Observed observed(PlaygroundView view) {
        if (!view.playground().purpose().equals(purpose)) {
            throw new IllegalArgumentException("the view shown is of playground '" + view.playground().purpose()
                    + "', not '" + purpose + "'");
        }
        var log = new ArrayList<>(writtenLog());
        long written = log.isEmpty() ? 0 : log.get(log.size() - 1).sequence();
        view.recentEvents().stream().filter(e -> e.sequence() > written).forEach(log::add);
        return new Observed(view.simulatedNow(), view.instances(), view.myAmis(), view.volumes(), view.snapshots(), log);
    }

    /** The playground as it is now, checked as {@link #observed(PlaygroundView)} does. */
    public Observed observed() {
        return observed(view());
    }

    /** Throws this playground away; its next use starts a fresh one. */
    public void discard() {
        service.discard(purpose);
    }
}
