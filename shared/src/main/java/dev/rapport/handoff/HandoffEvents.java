package dev.rapport.handoff;

/** Port: where handoffs are announced to whoever picks them up (an EventBridge bus in AWS). */
public interface HandoffEvents {

    /** Publishes one event; throws when the bus did not accept it. */
    void publish(HandoffEvent event);
}
