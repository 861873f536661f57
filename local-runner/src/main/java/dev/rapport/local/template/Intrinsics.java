package dev.rapport.local.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the CloudFormation intrinsic functions a local stack needs (parameters, pseudo
 * parameters, {@code Ref}/{@code GetAtt} of resources, {@code Sub}, {@code Join}, {@code Select},
 * {@code Split}, {@code FindInMap}, conditions) to plain values, the way CloudFormation would
 * in a fixed local account and region.
 */
public final class Intrinsics {

    public static final String REGION = "us-east-1";
    public static final String ACCOUNT = "000000000000";
    /** {@code AWS::NoValue}: removes the property or list element it stands in. */
    static final Object NO_VALUE = new Object();

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(!?)([^}]+)}");

    private final Map<String, Object> parameters;
    private final Map<String, Object> conditions;
    private final Map<String, Object> mappings;
    private final Resources resources;

    Intrinsics(
            Map<String, Object> parameters,
            Map<String, Object> conditions,
            Map<String, Object> mappings,
            Resources resources) {
        this.parameters = parameters;
        this.conditions = conditions;
        this.mappings = mappings;
        this.resources = resources;
    }

    /** The physical names of resources, as far as the local stack gives them one. */
    interface Resources {
        String ref(String logicalId);

        String attribute(String logicalId, String attribute);
    }

    public Object resolve(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1) {
                String key = (String) map.keySet().iterator().next();
                if (key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition")) {
                    return function(key, map.get(key));
                }
            }
            Map<String, Object> resolved = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                Object r = resolve(v);
                if (r != NO_VALUE) {
                    resolved.put((String) k, r);
                }
            });
            return resolved;
        }
        if (value instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>();
            for (Object element : list) {
                Object r = resolve(element);
                if (r != NO_VALUE) {
                    resolved.add(r);
                }
            }
            return resolved;
        }
        return value;
    }

    public String resolveString(Object value) {
        Object resolved = resolve(value);
        return resolved == null || resolved == NO_VALUE ? null : String.valueOf(resolved);
    }

    public boolean condition(String name) {
        Object definition = conditions.get(name);
        if (definition == null) {
            throw new IllegalArgumentException("unknown condition " + name);
        }
        return Boolean.TRUE.equals(resolve(definition));
    }

    private Object function(String name, Object argument) {
        return switch (name) {
            case "Ref" -> ref((String) argument);
            case "Condition" -> condition((String) argument);
            case "Fn::GetAtt" -> getAtt(argument);
            case "Fn::Sub" -> sub(argument);
            case "Fn::If" -> {
                List<?> args = (List<?>) argument;
                yield resolve(condition((String) args.get(0)) ? args.get(1) : args.get(2));
            }
            case "Fn::Equals" -> {
                List<?> args = (List<?>) argument;
                yield String.valueOf(resolve(args.get(0))).equals(String.valueOf(resolve(args.get(1))));
            }
            case "Fn::Not" -> !Boolean.TRUE.equals(resolve(((List<?>) argument).get(0)));
            case "Fn::And" -> ((List<?>) argument).stream().allMatch(c -> Boolean.TRUE.equals(resolve(c)));
            case "Fn::Or" -> ((List<?>) argument).stream().anyMatch(c -> Boolean.TRUE.equals(resolve(c)));
            case "Fn::Join" -> {
                List<?> args = (List<?>) argument;
                yield String.join(
                        (String) args.get(0),
                        ((List<?>) resolve(args.get(1)))
                                .stream().map(String::valueOf).toList());
            }
            case "Fn::Select" -> {
                List<?> args = (List<?>) argument;
                yield ((List<?>) resolve(args.get(1))).get(Integer.parseInt(String.valueOf(resolve(args.get(0)))));
            }
            case "Fn::Split" -> {
                List<?> args = (List<?>) argument;
                yield List.of(resolveString(args.get(1)).split(Pattern.quote((String) args.get(0)), -1));
            }
            case "Fn::FindInMap" -> findInMap((List<?>) resolve(argument));
            default -> throw new UnsupportedIntrinsicException(name);
        };
    }

    private Object ref(String name) {
        return switch (name) {
            case "AWS::Region" -> REGION;
            case "AWS::AccountId" -> ACCOUNT;
            case "AWS::Partition" -> "aws";
            case "AWS::URLSuffix" -> "amazonaws.com";
            case "AWS::StackName" -> "rapport-local";
            case "AWS::StackId" -> "arn:aws:cloudformation:" + REGION + ":" + ACCOUNT + ":stack/rapport-local/local";
            case "AWS::NoValue" -> NO_VALUE;
            default -> parameters.containsKey(name) ? parameters.get(name) : resources.ref(name);
        };
    }

    private Object getAtt(Object argument) {
        List<?> args = argument instanceof String s ? List.of(s.split("\\.", 2)) : (List<?>) argument;
        return resources.attribute((String) args.get(0), resolveString(args.get(1)));
    }

    private Object sub(Object argument) {
        String template;
        Map<?, ?> variables = Map.of();
        if (argument instanceof List<?> args) {
            template = (String) args.get(0);
            variables = (Map<?, ?>) args.get(1);
        } else {
            template = (String) argument;
        }
        Matcher matcher = SUB_VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(2);
            String replacement;
            if (!matcher.group(1).isEmpty()) {
                replacement = "${" + variable + "}";
            } else if (variables.containsKey(variable)) {
                replacement = resolveString(variables.get(variable));
            } else if (variable.contains(".") && !variable.startsWith("AWS::")) {
                String[] parts = variable.split("\\.", 2);
                replacement = resources.attribute(parts[0], parts[1]);
            } else {
                replacement = String.valueOf(ref(variable));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private Object findInMap(List<?> args) {
        Map<?, ?> map = (Map<?, ?>) mappings.get(String.valueOf(args.get(0)));
        Map<?, ?> level = map == null ? null : (Map<?, ?>) map.get(String.valueOf(args.get(1)));
        if (level == null || !level.containsKey(String.valueOf(args.get(2)))) {
            throw new IllegalArgumentException("Fn::FindInMap: no entry " + args);
        }
        return level.get(String.valueOf(args.get(2)));
    }

    /** An intrinsic the local stack cannot evaluate; the template loader names where it was met. */
    public static final class UnsupportedIntrinsicException extends IllegalArgumentException {
        UnsupportedIntrinsicException(String function) {
            super(function + " is not supported by the local stack");
        }
    }
}
