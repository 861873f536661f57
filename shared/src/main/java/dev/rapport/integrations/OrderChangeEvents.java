package dev.rapport.integrations;

/** Port: where confirmed changes are asked of the business (an EventBridge bus in AWS). */
public interface OrderChangeEvents {

    /** Publishes one {@code OrderChangeRequested}; throws when the bus did not accept it. */
    void publish(OrderChangeRequest request);
}
