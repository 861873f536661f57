package dev.rapport.dynamodb.engine;

/** The region and account the engine names in ARNs; one shared database answers every key and region. */
final class Arns {

    static final String REGION = "ddblocal";
    static final String ACCOUNT = "000000000000";

    private Arns() {}
}
