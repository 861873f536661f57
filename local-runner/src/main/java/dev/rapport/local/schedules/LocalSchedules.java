package dev.rapport.local.schedules;

import dev.rapport.local.lambda.FunctionFailedException;
import dev.rapport.local.lambda.LocalFunction;
import dev.rapport.local.template.ScheduleTrigger;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The template's schedules, fired locally: every {@code rate(...)} schedule on its period on a
 * background thread, and any schedule on demand ({@code POST /local/schedules/{name}/run}). The
 * time in each event comes from the stack's clock, so tests move time instead of waiting.
 * Cron and one-time schedules fire on demand only.
 */
public final class LocalSchedules implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalSchedules.class.getName());

    /** What one firing sent and got back. */
    public record Firing(String schedule, String function, String event, String result) {}

    private final List<ScheduleTrigger> triggers;
    private final Map<String, LocalFunction> functions;
    private final Clock clock;
    private final String stage;
    private final ScheduledExecutorService timer;

    private LocalSchedules(
            List<ScheduleTrigger> triggers,
            Map<String, LocalFunction> functions,
            Clock clock,
            String stage,
            ScheduledExecutorService timer) {
        this.triggers = List.copyOf(triggers);
        this.functions = functions;
        this.clock = clock;
        this.stage = stage;
        this.timer = timer;
    }

    public static LocalSchedules start(
            List<ScheduleTrigger> triggers, Map<String, LocalFunction> functions, Clock clock, String stage) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("local-schedules").unstarted(r));
        LocalSchedules schedules = new LocalSchedules(triggers, functions, clock, stage, timer);
        for (ScheduleTrigger trigger : triggers) {
            trigger.rate()
                    .map(Duration::toMillis)
                    .ifPresent(period -> timer.scheduleAtFixedRate(
                            () -> schedules.fireQuietly(trigger), period, period, TimeUnit.MILLISECONDS));
        }
        return schedules;
    }

    public List<ScheduleTrigger> triggers() {
        return triggers;
    }

    /** Fires the schedule named {@code name} (event name or schedule Name) now; empty when there is none. */
    public Optional<Firing> run(String name) {
        return triggers.stream().filter(t -> t.isCalled(name)).findFirst().map(this::fire);
    }

    private Firing fire(ScheduleTrigger trigger) {
        String event = ScheduleEvents.of(trigger, clock.instant(), stage);
        String result = functions.get(trigger.function()).invoke(event);
        return new Firing(trigger.name(), trigger.function(), event, result);
    }

    /** A failed run is retried by the next one, as Scheduler's retries and the next period would. */
    private void fireQuietly(ScheduleTrigger trigger) {
        try {
            fire(trigger);
        } catch (FunctionFailedException e) {
            LOG.log(
                    Level.WARNING,
                    "schedule " + trigger.name() + " failed: "
                            + e.getCause().getClass().getName());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "schedule " + trigger.name() + " failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
