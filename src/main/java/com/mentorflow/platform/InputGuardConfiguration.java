package com.mentorflow.platform;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.Ordered;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;

/**
 * NUL characters are refused wherever input arrives: the HTTP APIs by a filter, and every public command of the
 * app's services (which the Vaadin forms call) by an advisor, so a form shows the refusal like any other and a
 * new service or form is covered without remembering to check.
 */
@Configuration(proxyBeanMethods = false)
class InputGuardConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InputGuardConfiguration.class);

    @Bean
    FilterRegistrationBean<NulCharacterFilter> nulCharacterFilter() {
        FilterRegistrationBean<NulCharacterFilter> registration = new FilterRegistrationBean<>(new NulCharacterFilter());
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        // After Spring Security: who may not call the API at all is told so first.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }

    /** Runs before transactions and security checks of the service, so a refused command opens nothing. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor nulCharacterAdvisor() {
        ParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
        MethodInterceptor refuse = invocation -> {
            Method method = invocation.getMethod();
            Object[] arguments = invocation.getArguments();
            String[] parameterNames = names.getParameterNames(method);
            for (int i = 0; i < arguments.length; i++) {
                String name = parameterNames == null ? "input" : parameterNames[i];
                Optional<String> field = NulCharacters.fieldIn(name, arguments[i]);
                if (field.isPresent()) {
                    log.info("Refused {}.{}: a NUL character in {}", method.getDeclaringClass().getSimpleName(),
                            method.getName(), field.get());
                    throw new RejectedInputException(field.get(), NulCharacters.SENTENCE);
                }
            }
            return invocation.proceed();
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new PublicServiceCommands(), refuse);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    /** Public methods with arguments of the app's own {@code @Service} classes. */
    static final class PublicServiceCommands extends StaticMethodMatcherPointcut {

        PublicServiceCommands() {
            setClassFilter(type -> type.getName().startsWith("com.mentorflow.")
                    && AnnotatedElementUtils.hasAnnotation(type, Service.class));
        }

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() > 0;
        }
    }
}
