package org.koryu.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.koryu.content.ContentCode;
import org.koryu.content.Fault;
import org.koryu.content.FieldChange;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Everything the editor keeps in a person's session must survive being copied to another
 * instance (Payara's Hazelcast session replication, see README "Several instances"): every
 * session-, view- and conversation-scoped bean is Serializable, and so is everything its fields
 * hold, down to the values inside lists and maps. Injected beans travel as Weld's serializable
 * proxies, and only so: an injected field that is transient would be null after the move.
 */
class SessionStateTest {

    private static final Set<Class<? extends Annotation>> SESSION_SCOPES = Set.of(SessionScoped.class, ViewScoped.class,
            ConversationScoped.class);

    @Test
    void everythingABeanInTheSessionHoldsIsSerializable() {
        List<Class<?>> beans = sessionBeans();
        assertThat(beans).as("the editor has session-held beans").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                // What a generic form (RevisionFormBean<EventContent>) holds as its type variable.
                if (c.getGenericSuperclass() instanceof ParameterizedType parent) {
                    for (Type argument : parent.getActualTypeArguments()) {
                        check(argument, bean.getSimpleName() + "<" + argument.getTypeName() + ">", problems, new HashSet<>());
                    }
                }
                for (Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Inject.class)) {
                        if (Modifier.isTransient(field.getModifiers())) {
                            problems.add(bean.getSimpleName() + "." + field.getName()
                                    + " is injected but transient: null once the session moved to another instance");
                        }
                        continue;
                    }
                    if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                        continue;
                    }
                    check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), problems, new HashSet<>());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aChangeBetweenRevisionsAndAFaultTravelAndArriveEqual() throws Exception {
        FieldChange change = new FieldChange("occurrences[0]", Json.createObjectBuilder().add("date", "2032-04-10").build(),
                JsonValue.NULL);
        Fault fault = Fault.of(ContentCode.SHOWS_UNPUBLISHED, "朝市", new StringBuilder("venue 'hall'"), 1);

        assertThat(copied(change)).isEqualTo(change);
        Fault arrived = (Fault) copied(fault);
        assertThat(arrived.code()).isEqualTo(fault.code());
        assertThat(arrived.message()).isEqualTo(fault.message());
    }

    private static Object copied(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    private static List<Class<?>> sessionBeans() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.koryu")) {
            Class<?> c = javaClass.reflect();
            if (SESSION_SCOPES.stream().anyMatch(c::isAnnotationPresent)) {
                beans.add(c);
            }
        }
        return beans;
    }

    /** Checks a declared type and, for collections, maps and Optional, the types they hold. */
    private static void check(Type type, String where, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, where, problems, seen);
            }
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == Optional.class) {
                problems.add(where + " is an Optional, which is not Serializable");
                return;
            }
            if (!Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
                check(raw, where, problems, seen);
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, where + "<…>", problems, seen);
            }
            return;
        }
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum()) {
                return;
            }
            if (c.isArray()) {
                check(c.getComponentType(), where + "[]", problems, seen);
                return;
            }
            if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
                // The interface itself; the implementations Koryu uses (ArrayList, LinkedHashMap, List.of…) are Serializable.
                return;
            }
            if (c == Object.class || !Serializable.class.isAssignableFrom(c)) {
                problems.add(where + " holds " + c.getName() + ", which is not Serializable");
                return;
            }
            if (c.getName().startsWith("org.koryu.") && !replacesItselfWhenSerialized(c)) {
                for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                    for (Field field : k.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                            check(field.getGenericType(), where + "." + field.getName(), problems, seen);
                        }
                    }
                }
            }
        }
        // A type variable (RevisionFormBean<C>) is checked where the subclass binds it, by its fields' declared types.
    }

    /** A class with writeReplace travels as something else (FieldChange as text), so its own fields do not. */
    private static boolean replacesItselfWhenSerialized(Class<?> c) {
        try {
            c.getDeclaredMethod("writeReplace");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
