package coop.harvest.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds a JSON object to a record or a {@link RequestBody} class, collecting every problem by field: unknown fields and unknown enum values are
 * rule violations (422), values of the wrong JSON type are malformed requests (400).
 */
public final class RecordBinder {

    private RecordBinder() {
    }

    public static <T> T bind(JsonObject json, Class<T> type) {
        List<FieldError> typeErrors = new ArrayList<>();
        List<FieldError> ruleErrors = new ArrayList<>();
        T value = bind(json, type, "", typeErrors, ruleErrors);
        if (!typeErrors.isEmpty()) {
            throw ProblemException.badRequest("Some fields have the wrong type; see errors", typeErrors);
        }
        if (!ruleErrors.isEmpty()) {
            throw ProblemException.invalid(ruleErrors);
        }
        return value;
    }

    private static <T> T bind(JsonObject json, Class<T> type, String prefix,
                              List<FieldError> typeErrors, List<FieldError> ruleErrors) {
        if (!type.isRecord()) {
            return bindFields(json, type, prefix, typeErrors, ruleErrors);
        }
        RecordComponent[] components = type.getRecordComponents();
        Set<String> known = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        for (String key : json.keySet()) {
            if (!known.contains(key)) {
                ruleErrors.add(new FieldError(prefix + key, "unknown or read-only field"));
            }
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            JsonValue raw = json.get(component.getName());
            args[i] = convert(raw, component.getType(), component.getGenericType(),
                    prefix + component.getName(), typeErrors, ruleErrors);
        }
        if (!typeErrors.isEmpty() || !ruleErrors.isEmpty()) {
            return null;
        }
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.badRequest("The request could not be read");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    private static <T> T bindFields(JsonObject json, Class<T> type, String prefix,
                                    List<FieldError> typeErrors, List<FieldError> ruleErrors) {
        List<Field> fields = Arrays.stream(type.getFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).toList();
        Set<String> known = fields.stream().map(Field::getName).collect(Collectors.toSet());
        for (String key : json.keySet()) {
            if (!known.contains(key)) {
                ruleErrors.add(new FieldError(prefix + key, "unknown or read-only field"));
            }
        }
        try {
            T instance = type.getDeclaredConstructor().newInstance();
            for (Field field : fields) {
                Object value = convert(json.get(field.getName()), field.getType(), field.getGenericType(),
                        prefix + field.getName(), typeErrors, ruleErrors);
                if (value != null || !field.getType().isPrimitive()) {
                    field.set(instance, value);
                }
            }
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(JsonValue raw, Class<?> type, Type generic, String field,
                                  List<FieldError> typeErrors, List<FieldError> ruleErrors) {
        if (raw == null || raw.getValueType() == JsonValue.ValueType.NULL) {
            if (raw != null && type.isPrimitive()) {
                typeErrors.add(new FieldError(field, "must not be null"));
            }
            return type == boolean.class ? Boolean.FALSE : type.isPrimitive() ? 0 : null;
        }
        if (type == String.class) {
            return raw instanceof JsonString s ? s.getString() : wrong(typeErrors, field, "a string");
        }
        if (type == BigDecimal.class) {
            return raw instanceof JsonNumber n ? number(n.bigDecimalValue(), field, ruleErrors)
                    : wrong(typeErrors, field, "a number");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            if (!(raw instanceof JsonNumber n)) {
                return wrong(typeErrors, field, "a whole number");
            }
            if (n.bigDecimalValue().stripTrailingZeros().scale() > 0) {
                // a number is the right type; that it must be whole is a rule (API.md: a schedule's 33.5 % is 422)
                ruleErrors.add(new FieldError(field, "must be a whole number"));
                return null;
            }
            try {
                return type == Integer.class || type == int.class ? n.bigDecimalValue().intValueExact()
                        : (Object) n.bigDecimalValue().longValueExact();
            } catch (ArithmeticException e) {
                ruleErrors.add(new FieldError(field, "is out of range"));
                return null;
            }
        }
        if (type == Boolean.class || type == boolean.class) {
            if (raw.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            return raw.getValueType() == JsonValue.ValueType.FALSE ? Boolean.FALSE
                    : wrong(typeErrors, field, "true or false");
        }
        if (type == LocalDate.class) {
            if (!(raw instanceof JsonString s)) {
                return wrong(typeErrors, field, "a date such as 2026-11-24");
            }
            try {
                LocalDate date = LocalDate.parse(s.getString());
                if (!Dates.inRange(date)) {
                    ruleErrors.add(new FieldError(field, Dates.RANGE));
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                return wrong(typeErrors, field, "a date such as 2026-11-24");
            }
        }
        if (type.isEnum()) {
            if (!(raw instanceof JsonString s)) {
                return wrong(typeErrors, field, "one of " + Arrays.toString(type.getEnumConstants()));
            }
            for (Object constant : type.getEnumConstants()) {
                if (((Enum) constant).name().equals(s.getString())) {
                    return constant;
                }
            }
            ruleErrors.add(new FieldError(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
        if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
            if (!(raw instanceof JsonArray array)) {
                return wrong(typeErrors, field, "an array");
            }
            Type element = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : String.class;
            Class<?> elementClass = element instanceof Class<?> c ? c : String.class;
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(convert(array.get(i), elementClass, elementClass, field + "[" + i + "]",
                        typeErrors, ruleErrors));
            }
            return Set.class.isAssignableFrom(type) ? new java.util.LinkedHashSet<>(items) : items;
        }
        if (type.isRecord() || RequestBody.class.isAssignableFrom(type)) {
            return raw instanceof JsonObject object
                    ? bind(object, (Class) type, field + ".", typeErrors, ruleErrors)
                    : wrong(typeErrors, field, "an object");
        }
        throw new IllegalStateException("Unsupported request field type " + type.getName());
    }

    private static BigDecimal number(BigDecimal value, String field, List<FieldError> ruleErrors) {
        if (value.precision() - value.scale() > 15 || value.scale() > 12) {
            ruleErrors.add(new FieldError(field, "is out of range"));
            return null;
        }
        return value;
    }

    private static Object wrong(List<FieldError> typeErrors, String field, String expected) {
        typeErrors.add(new FieldError(field, "must be " + expected));
        return null;
    }
}
