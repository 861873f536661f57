package dev.rapport.local.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of a SAM template the local stack runs — tables, functions and their HTTP API routes —
 * read the way {@code sam local start-api} reads them: parameters from their defaults and the
 * overrides, intrinsics resolved, resources whose condition is false left out.
 */
public final class SamTemplate {

    private final Map<String, Object> resources;
    private final Map<String, Object> globals;
    private final Map<String, Object> parameters;
    private final Intrinsics intrinsics;

    private SamTemplate(
            Map<String, Object> document, Map<String, String> localDefaults, Map<String, String> overrides) {
        this.resources = section(document, "Resources");
        this.globals = section(section(document, "Globals"), "Function");
        this.parameters = TemplateParameters.resolve(section(document, "Parameters"), localDefaults, overrides);
        this.intrinsics = new Intrinsics(
                parameters, section(document, "Conditions"), section(document, "Mappings"), new ResourceNames());
    }

    public static SamTemplate load(Path path, Map<String, String> localDefaults, Map<String, String> overrides) {
        return of(CloudFormationYaml.read(path), localDefaults, overrides);
    }

    public static SamTemplate of(
            Map<String, Object> document, Map<String, String> localDefaults, Map<String, String> overrides) {
        return new SamTemplate(document, localDefaults, overrides);
    }

    public Object parameter(String name) {
        return parameters.get(name);
    }

    public List<TableDefinition> tables() {
        List<TableDefinition> tables = new ArrayList<>();
        resourcesOfType("AWS::DynamoDB::Table")
                .forEach((id, resource) ->
                        tables.add(new TableDefinition(id, tableName(id), resolvedProperties(id, resource))));
        return tables;
    }

    public List<FunctionDefinition> functions() {
        List<FunctionDefinition> functions = new ArrayList<>();
        resourcesOfType("AWS::Serverless::Function").forEach((id, resource) -> {
            Map<String, Object> properties = resolvedProperties(id, resource);
            String handler = (String) properties.get("Handler");
            if (handler == null) {
                throw new IllegalArgumentException(id + ": Handler is required");
            }
            functions.add(new FunctionDefinition(
                    id,
                    handler,
                    environment(properties),
                    intProperty(properties, "Timeout", 3),
                    intProperty(properties, "MemorySize", 128),
                    HttpApiRoutes.of(id, section(properties, "Events"), this::apiHasAuthorizer),
                    StreamTriggers.of(id, section(properties, "Events")),
                    ScheduleTriggers.of(id, section(properties, "Events"))));
        });
        return functions;
    }

    /** Any resource's properties with intrinsics resolved (alarms, policies …), for checks of the template itself. */
    public Map<String, Object> properties(String logicalId) {
        Object resource = resources.get(logicalId);
        if (resource == null) {
            throw new IllegalArgumentException("no resource " + logicalId);
        }
        return resolvedProperties(logicalId, resource);
    }

    /** The names of the template's EventBridge buses ({@code AWS::Events::EventBus}). */
    public List<String> eventBuses() {
        List<String> names = new ArrayList<>();
        resourcesOfType("AWS::Events::EventBus").keySet().forEach(id -> names.add(busName(id)));
        return names;
    }

    public List<Route> routes() {
        return functions().stream().flatMap(f -> f.routes().stream()).toList();
    }

    /** The template's SQS queues, dead-letter queues first so a redrive target exists before its source. */
    public List<QueueDefinition> queues() {
        List<QueueDefinition> queues = new ArrayList<>();
        resourcesOfType("AWS::SQS::Queue").forEach((id, resource) -> {
            Map<String, Object> properties = resolvedProperties(id, resource);
            Map<String, Object> redrive = section(properties, "RedrivePolicy");
            Object target = redrive.get("deadLetterTargetArn");
            queues.add(new QueueDefinition(
                    id,
                    queueName(id),
                    intProperty(properties, "VisibilityTimeout", 30),
                    target == null ? null : QueueTrigger.queueOf(String.valueOf(target)),
                    intProperty(redrive, "maxReceiveCount", 0)));
        });
        queues.sort(java.util.Comparator.comparing(q -> q.deadLetterQueue() != null));
        return queues;
    }

    /** The {@code SQS} events of every function. */
    public List<QueueTrigger> queueTriggers() {
        List<QueueTrigger> triggers = new ArrayList<>();
        resourcesOfType("AWS::Serverless::Function")
                .forEach((id, resource) -> section(resolvedProperties(id, resource), "Events")
                        .forEach((name, definition) -> {
                            Map<String, Object> event = map(definition);
                            if (!"SQS".equals(event.get("Type"))) {
                                return;
                            }
                            Map<String, Object> p = section(event, "Properties");
                            Object types = p.get("FunctionResponseTypes");
                            triggers.add(new QueueTrigger(
                                    id,
                                    QueueTrigger.queueOf(String.valueOf(p.get("Queue"))),
                                    intProperty(p, "BatchSize", 10),
                                    types instanceof List<?> list && list.contains("ReportBatchItemFailures")));
                        }));
        return triggers;
    }

    /** The {@code EventBridgeRule} events of every function; a rule without a bus listens on {@code default}. */
    public List<RuleTrigger> ruleTriggers() {
        List<RuleTrigger> triggers = new ArrayList<>();
        resourcesOfType("AWS::Serverless::Function")
                .forEach((id, resource) -> section(resolvedProperties(id, resource), "Events")
                        .forEach((name, definition) -> {
                            Map<String, Object> event = map(definition);
                            if (!"EventBridgeRule".equals(event.get("Type"))) {
                                return;
                            }
                            Map<String, Object> p = section(event, "Properties");
                            Object bus = p.get("EventBusName");
                            triggers.add(new RuleTrigger(
                                    id, name, bus == null ? "default" : bus.toString(), section(p, "Pattern")));
                        }));
        return triggers;
    }

    public List<StreamTrigger> streams() {
        return functions().stream().flatMap(f -> f.streams().stream()).toList();
    }

    public List<ScheduleTrigger> schedules() {
        return functions().stream().flatMap(f -> f.schedules().stream()).toList();
    }

    private static Map<String, String> environment(Map<String, Object> properties) {
        Map<String, String> environment = new TreeMap<>();
        section(section(properties, "Environment"), "Variables")
                .forEach((k, v) -> environment.put(k, String.valueOf(v)));
        return environment;
    }

    private Map<String, Object> resolvedProperties(String id, Object resource) {
        Map<String, Object> own;
        try {
            own = map(intrinsics.resolve(section(map(resource), "Properties")));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("resource " + id + ": " + e.getMessage(), e);
        }
        if (!"AWS::Serverless::Function".equals(map(resource).get("Type"))) {
            return own;
        }
        Map<String, Object> global = globalProperties(id);
        Map<String, Object> merged = new LinkedHashMap<>(globalScalars(global));
        merged.putAll(own);
        Map<String, Object> variables = new LinkedHashMap<>(section(section(global, "Environment"), "Variables"));
        variables.putAll(section(section(own, "Environment"), "Variables"));
        if (!variables.isEmpty()) {
            merged.put("Environment", Map.of("Variables", variables));
        }
        return merged;
    }

    private Map<String, Object> globalProperties(String id) {
        try {
            return map(intrinsics.resolve(globals));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Globals.Function (for " + id + "): " + e.getMessage(), e);
        }
    }

    /**
     * As SAM merges Globals.Function into a function: scalars (Timeout, MemorySize, CodeUri …) apply
     * unless the function sets its own; Environment.Variables are merged key by key, the function's
     * own value winning. Other maps and lists are not used by the local stack.
     */
    private static Map<String, Object> globalScalars(Map<String, Object> global) {
        Map<String, Object> scalars = new LinkedHashMap<>();
        global.forEach((k, v) -> {
            if (!(v instanceof Map) && !(v instanceof List)) {
                scalars.put(k, v);
            }
        });
        return scalars;
    }

    private Map<String, Object> resourcesOfType(String type) {
        Map<String, Object> matching = new LinkedHashMap<>();
        resources.forEach((id, resource) -> {
            Map<String, Object> definition = map(resource);
            Object condition = definition.get("Condition");
            if (type.equals(definition.get("Type"))
                    && (condition == null || intrinsics.condition((String) condition))) {
                matching.put(id, resource);
            }
        });
        return matching;
    }

    private boolean apiHasAuthorizer(String apiId) {
        List<Map<String, Object>> apis = new ArrayList<>();
        if (apiId != null) {
            apis.add(section(section(resources, apiId), "Properties"));
        } else {
            resourcesOfType("AWS::Serverless::HttpApi")
                    .values()
                    .forEach(api -> apis.add(section(map(api), "Properties")));
        }
        return apis.stream().anyMatch(api -> section(api, "Auth").get("DefaultAuthorizer") != null);
    }

    private String queueName(String id) {
        Object name = section(section(resources, id), "Properties").get("QueueName");
        return name == null ? id : intrinsics.resolveString(name);
    }

    private String tableName(String id) {
        Object name = section(section(resources, id), "Properties").get("TableName");
        return name == null ? id : intrinsics.resolveString(name);
    }

    private String busName(String id) {
        Object name = section(section(resources, id), "Properties").get("Name");
        return name == null ? id : intrinsics.resolveString(name);
    }

    private final class ResourceNames implements Intrinsics.Resources {
        @Override
        public String ref(String logicalId) {
            Map<String, Object> resource = section(resources, logicalId);
            if (resource.isEmpty()) {
                throw new IllegalArgumentException("Ref to unknown parameter or resource " + logicalId);
            }
            return switch (String.valueOf(resource.get("Type"))) {
                case "AWS::DynamoDB::Table" -> tableName(logicalId);
                case "AWS::Events::EventBus" -> busName(logicalId);
                // The SDK sends to its configured endpoint (ElasticMQ locally); the URL names the queue.
                case "AWS::SQS::Queue" -> "http://127.0.0.1/" + Intrinsics.ACCOUNT + "/" + queueName(logicalId);
                default -> logicalId;
            };
        }

        @Override
        public String attribute(String logicalId, String attribute) {
            String prefix = "arn:aws:dynamodb:" + Intrinsics.REGION + ":" + Intrinsics.ACCOUNT + ":table/";
            if ("AWS::DynamoDB::Table".equals(section(resources, logicalId).get("Type"))) {
                return switch (attribute) {
                    case "Arn" -> prefix + tableName(logicalId);
                    case "StreamArn" -> prefix + tableName(logicalId) + "/stream/local";
                    default -> tableName(logicalId);
                };
            }
            if ("AWS::SQS::Queue".equals(section(resources, logicalId).get("Type"))) {
                return "QueueName".equals(attribute)
                        ? queueName(logicalId)
                        : "arn:aws:sqs:" + Intrinsics.REGION + ":" + Intrinsics.ACCOUNT + ":" + queueName(logicalId);
            }
            return "arn:aws:local:" + Intrinsics.REGION + ":" + Intrinsics.ACCOUNT + ":" + logicalId + "/" + attribute;
        }
    }

    static Map<String, Object> section(Map<String, Object> parent, String name) {
        return map(parent == null ? null : parent.get(name));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    private static int intProperty(Map<String, Object> properties, String name, int defaultValue) {
        Object value = properties.get(name);
        return value == null ? defaultValue : Integer.parseInt(String.valueOf(value));
    }
}
