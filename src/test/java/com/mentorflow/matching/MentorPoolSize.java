package com.mentorflow.matching;

import org.springframework.context.ApplicationContext;

/**
 * How many mentors the suggestion pool holds, read from the pool itself: a benchmark prints what it measured, not
 * what it seeded. Test-only, as nothing in the product needs the number.
 */
public final class MentorPoolSize {

    private MentorPoolSize() {
    }

    public static int of(ApplicationContext context) {
        return context.getBean(MentorPool.class).all().size();
    }
}
