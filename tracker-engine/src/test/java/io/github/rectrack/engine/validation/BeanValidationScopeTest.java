package io.github.rectrack.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectrack.model.Register;
import io.github.rectrack.model.Source;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation is built for the model's types alone (Hibernate Validator's predefined scope): these tests check that
 * the scope holds every class a validation can meet and every built-in constraint the model uses, and that a class
 * outside it is refused rather than passed over.
 */
class BeanValidationScopeTest {

    @Test
    void theBuiltInConstraintsAreTheOnesTheModelUses() {
        Set<String> used = new TreeSet<>();
        for (Class<?> type : RegisterValidator.modelTypes()) {
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    for (Annotation annotation : component.getAnnotations()) {
                        builtIn(annotation.annotationType(), used, new HashSet<>());
                    }
                    annotationsOf(component.getAnnotatedType()).forEach(a -> builtIn(a.annotationType(), used, new HashSet<>()));
                }
            }
            for (Annotation annotation : type.getAnnotations()) {
                builtIn(annotation.annotationType(), used, new HashSet<>());
            }
        }
        assertThat(used).contains(jakarta.validation.constraints.NotBlank.class.getName(),
                jakarta.validation.constraints.Pattern.class.getName());
        assertThat(RegisterValidator.BUILT_IN_CONSTRAINTS).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void everyValueAValidationWalksIntoIsOfAFinalClassOfTheScope() {
        Set<Class<?>> scope = RegisterValidator.modelTypes();
        Set<Class<?>> walkedInto = new HashSet<>();
        for (Class<?> type : scope) {
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    cascaded(component.getAnnotatedType(), component.isAnnotationPresent(Valid.class), walkedInto);
                }
            }
        }
        assertThat(walkedInto).contains(io.github.rectrack.model.Scheme.class, io.github.rectrack.model.Person.class, Source.class,
                io.github.rectrack.model.Recommendation.class, io.github.rectrack.model.ExtensionRequest.Decision.class);
        assertThat(walkedInto).allSatisfy(type -> {
            assertThat(scope).contains(type);
            assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type.getName()).isTrue();
        });
        // the types RegisterValidator hands to Bean Validation itself
        assertThat(scope).contains(Register.class, Source.class);
        assertThat(Modifier.isFinal(Register.class.getModifiers()) && Modifier.isFinal(Source.class.getModifiers())).isTrue();
    }

    @Test
    void aClassOutsideTheScopeIsAnErrorThatNamesIt() {
        RegisterValidator.ModelScope scope = new RegisterValidator.ModelScope(RegisterValidator.modelTypes());
        assertThat(scope.normalize(Register.class)).isEqualTo(Register.class);
        assertThat(scope.normalize(Source.class)).isEqualTo(Source.class);
        assertThat(scope.normalize(Record.class)).isEqualTo(Record.class);
        assertThat(scope.normalize(Object.class)).isEqualTo(Object.class);
        assertThatThrownBy(() -> scope.normalize(Outside.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Outside.class.getName())
                .hasMessageContaining("RegisterValidator.modelTypes()");
    }

    /** A record with a constraint, of a package other than the model's. */
    private record Outside(@jakarta.validation.constraints.NotBlank String text) {}

    private static void cascaded(AnnotatedType type, boolean valid, Set<Class<?>> walkedInto) {
        if (valid || type.isAnnotationPresent(Valid.class)) {
            if (type.getType() instanceof Class<?> plain) {
                walkedInto.add(plain);
            } else if (type.getType() instanceof java.lang.reflect.ParameterizedType parameterized
                    && parameterized.getRawType() instanceof Class<?> raw) {
                walkedInto.add(raw);
            }
        }
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                cascaded(argument, false, walkedInto);
            }
        }
    }

    private static Set<Annotation> annotationsOf(AnnotatedType type) {
        Set<Annotation> found = new HashSet<>(Set.of(type.getAnnotations()));
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                found.addAll(annotationsOf(argument));
            }
        }
        return found;
    }

    /** Adds the annotation's name if it is a built-in constraint, and the built-in constraints it is made of. */
    private static void builtIn(Class<? extends Annotation> annotation, Set<String> used, Set<Class<?>> seen) {
        if (!seen.add(annotation)) {
            return;
        }
        if (annotation.getPackageName().equals("jakarta.validation.constraints")) {
            used.add(annotation.getName());
        }
        if (annotation.isAnnotationPresent(Constraint.class)) {
            for (Annotation meta : annotation.getAnnotations()) {
                builtIn(meta.annotationType(), used, seen);
            }
        }
    }
}
