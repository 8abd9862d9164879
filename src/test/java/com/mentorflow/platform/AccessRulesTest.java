package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every view and every endpoint states who may use it; nothing is open by omission. */
class AccessRulesTest {

    private static final List<Class<? extends Annotation>> VIEW_RULES =
            List.of(PermitAll.class, RolesAllowed.class, AnonymousAllowed.class, DenyAll.class);

    @Test
    void everyViewDeclaresWhoMayOpenIt() {
        List<Class<?>> views = classesAnnotatedWith(Route.class);

        assertThat(views).isNotEmpty();
        assertThat(views).allSatisfy(view -> assertThat(VIEW_RULES.stream().anyMatch(view::isAnnotationPresent))
                .as(view.getName() + " has @PermitAll, @RolesAllowed, @AnonymousAllowed or @DenyAll").isTrue());
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        List<Method> endpoints = classesAnnotatedWith(RestController.class).stream()
                .flatMap(controller -> Arrays.stream(controller.getDeclaredMethods()))
                .filter(method -> Stream.of(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(RequestMapping.class)))
                .toList();

        assertThat(endpoints).isNotEmpty();
        assertThat(endpoints).allSatisfy(method -> assertThat(method.isAnnotationPresent(PreAuthorize.class)
                || method.getDeclaringClass().isAnnotationPresent(PreAuthorize.class))
                .as(method + " has @PreAuthorize").isTrue());
    }

    private static List<Class<?>> classesAnnotatedWith(Class<? extends Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents("com.mentorflow").stream()
                .<Class<?>>map(definition -> {
                    try {
                        return Class.forName(definition.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
