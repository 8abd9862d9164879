package com.mentorflow.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean that BPMN/DMN models may use in expressions ({@code ${programCalendar.month}}). Models may call
 * the public methods its class declares itself, and read the properties of its own getters; nothing inherited,
 * nothing else of the application. The module that owns the bean puts the mark, so the allow-list lives with
 * the code it exposes: put it only on a class whose every public method an admin's model may safely call.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExpressionBean {
}
