package dev.rapport.dynamodb;

import java.nio.file.Path;

/**
 * Runs the engine on its own: {@code java -cp … dev.rapport.dynamodb.Main [port] [dataDir]}
 * (8000 and in memory by default), until the process is stopped.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8000;
        Path dataDir = args.length > 1 ? Path.of(args[1]) : null;
        EmbeddedDynamoDb db =
                EmbeddedDynamoDb.builder().port(port).dataDir(dataDir).build();
        Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        System.out.println("DynamoDB engine listening on " + db.endpoint()
                + (dataDir == null ? " (in memory)" : " (data in " + dataDir + ")"));
        Thread.currentThread().join();
    }
}
