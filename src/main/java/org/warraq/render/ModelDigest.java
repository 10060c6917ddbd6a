package org.warraq.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.warraq.content.NotShown;
import org.warraq.content.StoredText;
import org.warraq.output.Digest;

/**
 * A SHA-256 of a page's view model, so that a build can tell that a page would come out as it did last time without
 * rendering it: a template sees only its model, and the model is values (records, lists, maps, texts, numbers). Each
 * value is digested with its kind, and a record with its class and every component, so two models digest alike only
 * when they are equal value for value. A text kept elsewhere counts by its {@link StoredText#identity() identity}
 * when it has one, as its components when it is a record, else by its text; a component marked {@link NotShown} is
 * left out. A value of any other class is {@link Undigestible}: the page is then rendered, never taken back on a guess.
 * A page's inputs, from which its model is made, digest the same way, with the values many pages share digested once
 * ({@link Shared}).
 */
public final class ModelDigest {

    /** A model holds a value whose class this digest does not know; the page must be rendered. */
    public static final class Undigestible extends RuntimeException {
        Undigestible(Class<?> type) {
            super("a view model holds a " + type.getName(), null, false, false);
        }
    }

    /**
     * Values of the given classes digested once each and counted by that digest wherever they appear again (each
     * article shows on its own page, its neighbours', its related articles', its lists and feeds). Known by identity,
     * not equality, so that finding one costs no walk of its value; safe to share between threads.
     */
    public static final class Shared {
        private final Set<Class<?>> classes;
        private final Map<Identity, byte[]> digests = new ConcurrentHashMap<>();

        public Shared(Class<?>... classes) {
            this.classes = Set.of(classes);
        }

        private record Identity(Object value) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Identity other && other.value == value;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(value);
            }
        }
    }

    private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                if (!component.isAnnotationPresent(NotShown.class)) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    accessors.add(accessor);
                }
            }
            return accessors.toArray(new Method[0]);
        }
    };

    /** The classes of {@code Map.of}, {@code Map.copyOf}, {@code Set.of}: their order of iteration differs from run to run. */
    private static final Set<Class<?>> UNORDERED = Set.copyOf(List.of(Map.of().getClass(), Map.of(1, 1).getClass(),
            Map.of(1, 1, 2, 2).getClass(), Set.of().getClass(), Set.of(1).getClass(), Set.of(1, 2).getClass(), Set.of(1, 2, 3).getClass()));

    /** Stands for null in a {@code List.of}, which cannot hold it. */
    private enum Null { NULL }

    private static final Null NULL = Null.NULL;

    /** Deeper than any model nests; a value this deep is taken for a loop. */
    private static final int MAX_DEPTH = 64;

    private final Digest sha = new Digest();
    private final Shared shared;
    private int depth;

    private ModelDigest(Shared shared) {
        this.shared = shared;
    }

    /** The digest of {@code value}; throws {@link Undigestible} when it holds a value of an unknown class. */
    public static byte[] of(Object value) {
        return of(value, null);
    }

    /** The digest of {@code value}, with the values of {@code shared}'s classes digested once for all the calls that share it. */
    public static byte[] of(Object value, Shared shared) {
        ModelDigest digest = new ModelDigest(shared);
        digest.add(value);
        return digest.sha.digest();
    }

    private void add(Object value) {
        if (++depth > MAX_DEPTH) {
            throw new Undigestible(value == null ? Object.class : value.getClass());
        }
        if (shared != null && value != null && shared.classes.contains(value.getClass())) {
            kind('d');
            Shared.Identity key = new Shared.Identity(value);
            byte[] d = shared.digests.get(key);
            if (d == null) {
                d = alone(value);
                shared.digests.put(key, d);
            }
            sha.bytes(d, 0, d.length);
        } else {
            addValue(value);
        }
        depth--;
    }

    /** The digest of {@code value} on its own, at this depth (so that a loop through it is still found). */
    private byte[] alone(Object value) {
        ModelDigest one = new ModelDigest(shared);
        one.depth = depth;
        one.addValue(value);
        return one.sha.digest();
    }

    private void addValue(Object value) {
        if (value == null) {
            kind('0');
        } else if (value instanceof String s) {
            kind('s');
            text(s);
        } else if (value instanceof Boolean || value instanceof Character || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof Double || value instanceof Float
                || value instanceof BigInteger || value instanceof BigDecimal) {
            kind('n');
            text(value.getClass().getSimpleName());
            text(value.toString());
        } else if (value instanceof Enum<?> e) {
            kind('e');
            text(e.getDeclaringClass().getName());
            text(e.name());
        } else if (value instanceof Path path) {
            kind('p');
            text(path.toString());
        } else if (value instanceof TemporalAccessor || value instanceof ZoneId) {
            kind('t');
            text(value.getClass().getName());
            text(value.toString());
        } else if (value instanceof StoredText stored) {
            String identity = stored.identity();
            if (identity != null) {
                kind('i');
                text(identity);
            } else if (value.getClass().isRecord()) {
                record(value);
            } else {
                kind('s');
                text(stored.read());
            }
        } else if (value instanceof Map<?, ?> map && UNORDERED.contains(value.getClass())) {
            kind('M');
            unordered(map.entrySet().stream().map(e -> List.of(nullable(e.getKey()), nullable(e.getValue()))).toList());
        } else if (value instanceof Collection<?> set && UNORDERED.contains(value.getClass())) {
            kind('S');
            unordered(set);
        } else if (value instanceof Map<?, ?> map) {
            kind('m');
            count(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                add(entry.getKey());
                add(entry.getValue());
            }
        } else if (value instanceof Collection<?> collection) {
            kind('l');
            count(collection.size());
            for (Object element : collection) {
                add(element);
            }
        } else if (value instanceof Object[] array) {
            kind('a');
            count(array.length);
            for (Object element : array) {
                add(element);
            }
        } else if (value.getClass().isRecord()) {
            record(value);
        } else {
            throw new Undigestible(value.getClass());
        }
    }

    /**
     * The elements of a collection whose order is drawn afresh in every run of the JVM ({@code Map.of}, {@code Set.of}):
     * digested one by one and taken in the order of their digests, since a template cannot rely on that order anyway.
     */
    private void unordered(Collection<?> elements) {
        count(elements.size());
        List<byte[]> digests = new ArrayList<>(elements.size());
        for (Object element : elements) {
            ModelDigest one = new ModelDigest(shared);
            one.depth = depth;
            one.add(element);
            digests.add(one.sha.digest());
        }
        digests.sort(Arrays::compare);
        digests.forEach(d -> sha.bytes(d, 0, d.length));
    }

    private static Object nullable(Object value) {
        return value == null ? NULL : value;
    }

    private void record(Object value) {
        kind('r');
        text(value.getClass().getName());
        for (Method accessor : COMPONENTS.get(value.getClass())) {
            try {
                add(accessor.invoke(value));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
            }
        }
    }

    private void kind(char kind) {
        sha.number(kind);
    }

    private void count(int n) {
        sha.number(n);
    }

    private void text(String text) {
        sha.text(text);
    }
}
