package dev.rapport.snapstart;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import dev.rapport.identity.Caller;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SnapStart priming hook: before Lambda snapshots an initialised function, the action runs the
 * real code paths once (serialisation, request building, a read) so a restored environment answers
 * its first request without loading and linking those classes. On a JVM without CRaC the hook is
 * registered but never called.
 */
public final class Priming implements Resource {

    /** Nobody's account: priming reads for it, finds nothing, and never writes. */
    public static final String SUBJECT = Caller.PRIMING_SUBJECT;

    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);
    /** CRaC holds resources weakly; these strong references keep the hooks alive until the snapshot. */
    private static final List<Priming> REGISTERED = new CopyOnWriteArrayList<>();

    private final String name;
    private final Runnable action;

    private Priming(String name, Runnable action) {
        this.name = name;
        this.action = action;
    }

    /** Registers {@code action} to run before the snapshot; it must not write anything or call a paid service. */
    public static Priming register(String name, Runnable action) {
        Priming priming = new Priming(name, action);
        REGISTERED.add(priming);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    /**
     * Runs every registered hook now, as a snapshot would: for harnesses on JVMs without CRaC, whose
     * global context cannot be asked to checkpoint.
     */
    public static void primeAll() {
        REGISTERED.forEach(p -> p.beforeCheckpoint(null));
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long start = System.nanoTime();
        try {
            action.run();
            LOG.info("primed", entry("hook", name), entry("ms", (System.nanoTime() - start) / 1_000_000));
        } catch (RuntimeException e) {
            // Priming only saves time: a failure must not stop the version from being published.
            LOG.warn(
                    "priming failed",
                    entry("hook", name),
                    entry("exception", e.getClass().getName()));
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: SDK clients reconnect by themselves and ids come from SecureRandom per call.
    }
}
