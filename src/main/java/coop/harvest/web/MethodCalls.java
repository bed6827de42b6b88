package coop.harvest.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Calls the methods that pages name in expressions ({@code #{l.product()}}, {@code #{fmt.money(l.unitPrice())}})
 * through a cache of the method each class and name stand for. The standard bean resolver looks the method up again
 * on every call (a copy of all the class's public methods and a scan of them): about a sixth of the home page's CPU,
 * whose 24 listing cards make some 400 such calls. Only the plain case is answered here, the one with a single
 * candidate: exactly one public instance method of that name and number of parameters, not varargs, callable
 * through a public class or interface. Everything else (overloads, varargs, a method expression's declared parameter
 * types, property reads and writes) goes on to the standard resolvers, which give it the language's full rules.
 * Arguments are coerced to the parameter types as the standard resolver does, and a method's exception reaches the
 * page as an {@link ELException} with that exception as its cause.
 */
public class MethodCalls extends ELResolver {

    private static final Object[] NO_ARGUMENTS = {};

    /**
     * Per class, by name and number of parameters: the one method a call stands for, or empty when not plain. Held by
     * the resolver, which lives as long as the application (a ClassValue would tie these entries to JDK classes such
     * as String and keep the application's classes loaded after it is undeployed).
     */
    private final ConcurrentMap<Class<?>, ConcurrentMap<Call, Optional<Target>>> targets = new ConcurrentHashMap<>();

    /**
     * A method's name and number of parameters, compared field by field (a record's generated equality stood out in
     * the profile).
     */
    private static final class Call {
        private final String name;
        private final int arity;

        Call(String name, int arity) {
            this.name = name;
            this.arity = arity;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Call call && call.arity == arity && call.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + arity;
        }
    }

    private record Target(Method method, List<Class<?>> parameterTypes) {
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || paramTypes != null || !(method instanceof String name)) {
            return null;
        }
        Object[] arguments = params == null ? NO_ARGUMENTS : params;
        Class<?> type = base.getClass();
        Optional<Target> found = targets.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(new Call(name, arguments.length), call -> only(type, call));
        if (found.isEmpty()) {
            return null;
        }
        Target target = found.get();
        Object[] coerced = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            coerced[i] = context.convertToType(arguments[i], target.parameterTypes().get(i));
        }
        Object result;
        try {
            result = target.method().invoke(base, coerced);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    /** The single plain public method of the call's name and arity, if there is exactly one. */
    private static Optional<Target> only(Class<?> type, Call call) {
        List<Method> candidates = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(call.name) && m.getParameterCount() == call.arity && !m.isBridge())
                .toList();
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        Method method = candidates.get(0);
        if (method.isVarArgs() || Modifier.isStatic(method.getModifiers())) {
            return Optional.empty();
        }
        return callable(type, method).map(m -> new Target(m, List.of(m.getParameterTypes())));
    }

    /**
     * The method as declared by a public class or interface, which reflection may call: a method of a class that is
     * not public (an immutable list's {@code get}, a generated proxy's) is called through the public type it
     * implements, and dispatches to the object's own method all the same.
     */
    private static Optional<Method> callable(Class<?> type, Method method) {
        if (reachable(method.getDeclaringClass())) {
            return Optional.of(method);
        }
        Deque<Class<?>> supertypes = new ArrayDeque<>(List.of(type));
        Set<Class<?>> seen = new HashSet<>();
        while (!supertypes.isEmpty()) {
            Class<?> c = supertypes.removeFirst();
            if (!seen.add(c)) {
                continue;
            }
            if (reachable(c)) {
                Optional<Method> declared = publicMethod(c, method);
                if (declared.isPresent()) {
                    return declared;
                }
            }
            if (c.getSuperclass() != null) {
                supertypes.addLast(c.getSuperclass());
            }
            supertypes.addAll(List.of(c.getInterfaces()));
        }
        return Optional.empty();
    }

    /** A public type of a package its module exports (every package outside the JDK's modules). */
    private static boolean reachable(Class<?> type) {
        return Modifier.isPublic(type.getModifiers()) && type.getModule().isExported(type.getPackageName());
    }

    private static Optional<Method> publicMethod(Class<?> type, Method method) {
        try {
            Method declared = type.getMethod(method.getName(), method.getParameterTypes());
            return reachable(declared.getDeclaringClass()) ? Optional.of(declared) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    /** Calls only: values are read and written by the standard resolvers. */
    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // not resolved here
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
