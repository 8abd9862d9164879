package com.mentorflow.modeler;

import com.mentorflow.platform.ExpressionSandbox;
import com.mentorflow.platform.Sentence;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timers must parse, and none may fire more often than {@code mentorflow.models.shortest-timer-cycle} (an hour
 * by default): a repeating timer, or a timer start event, that fires every second floods people and the job
 * executor (seen: a mail every second to one participant until the deployment was deleted). Program-calendar
 * expressions are evaluated in the sandbox to learn their interval; a repeating timer may not depend on process
 * variables, because then its interval cannot be known before it runs.
 */
final class TimerCheck {

    private static final Pattern ISO_CYCLE = Pattern.compile("R\\d*/(.+)");

    /** How far from now a repeating timer may start or end: further, the engine counts every interval in between. */
    private static final long FURTHEST_YEARS = 5;
    static final int MOST_REPETITIONS = 10;

    private final ExpressionSandbox sandbox;
    private final ExpressionCheck expressions;
    private final Duration shortest;

    TimerCheck(ExpressionSandbox sandbox, ExpressionCheck expressions, Duration shortest) {
        this.sandbox = sandbox;
        this.expressions = expressions;
        this.shortest = shortest;
    }

    /**
     * Whether a timer surely waits at least the shortest allowed interval each time it is reached, so a loop
     * through it is no runaway: a literal or program-calendar duration or cycle at or above the floor. A date
     * waits only once, and a value made of variables is unknown.
     */
    boolean waitsLongEnough(String kind, String value) {
        if ("timeDate".equals(kind)) {
            return false;
        }
        try {
            String literal = value;
            if (ExpressionCheck.hasExpression(value)) {
                if (!expressions.isPlainBeanValue(value)) {
                    return false;
                }
                literal = String.valueOf(sandbox.evaluateWithoutVariables(value));
            }
            Duration interval = "timeCycle".equals(kind) ? cycleInterval(literal) : parseDuration(literal);
            return interval.compareTo(shortest) >= 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    void check(String elementId, String kind, String value, boolean startEvent, boolean expressionFine,
               List<ModelProblem> problems) {
        if (value.isEmpty()) {
            problems.add(new ModelProblem(elementId, "modeler.rule.timer.empty", kind));
            return;
        }
        boolean floored = "timeCycle".equals(kind) || (startEvent && "timeDuration".equals(kind));
        String literal = value;
        if (ExpressionCheck.hasExpression(value)) {
            if (!floored || !expressionFine) {
                return; // other expressions are checked like all others; the program calendar answers ISO-8601
            }
            if (!expressions.isPlainBeanValue(value)) {
                problems.add(new ModelProblem(elementId, "modeler.rule.timer.operators", value));
                return;
            }
            try {
                literal = String.valueOf(sandbox.evaluateWithoutVariables(value));
            } catch (RuntimeException e) {
                problems.add(new ModelProblem(elementId, "modeler.rule.timer.variables", value));
                return;
            }
        }
        Duration interval;
        try {
            interval = switch (kind) {
                case "timeDuration" -> parseDuration(literal);
                case "timeCycle" -> cycleInterval(literal);
                default -> {
                    OffsetDateTime.parse(literal);
                    yield null;
                }
            };
        } catch (RuntimeException e) {
            problems.add(switch (kind) {
                case "timeDuration" -> new ModelProblem(elementId, "modeler.rule.timer.notDuration", value, "${programCalendar.month}");
                case "timeCycle" -> new ModelProblem(elementId, "modeler.rule.timer.notCycle", value, String.valueOf(FURTHEST_YEARS));
                default -> new ModelProblem(elementId, "modeler.rule.timer.notDate", value);
            });
            return;
        }
        if (floored && interval != null && interval.compareTo(shortest) < 0) {
            problems.add(new ModelProblem(elementId, "timeCycle".equals(kind) ? "modeler.rule.timer.tooOften.cycle"
                    : "modeler.rule.timer.tooOften.start", value, literal.equals(value) ? "" : " (" + literal + ")",
                    every(interval), every(shortest)));
        }
        // Only a process's timer start event may repeat without end; any other repeating timer may start a new
        // path each time, so how often is bounded (with the floor and the count of them per model).
        if ("timeCycle".equals(kind) && !startEvent && (repetitions(literal) < 0 || repetitions(literal) > MOST_REPETITIONS)) {
            problems.add(new ModelProblem(elementId, "modeler.rule.timer.repetitions", value, String.valueOf(MOST_REPETITIONS)));
        }
    }

    /** How often a cycle repeats; {@code -1} for without end ("R/…"). */
    static int repetitions(String value) {
        Matcher cycle = Pattern.compile("R(\\d{0,9})/.*").matcher(value.strip());
        return !cycle.matches() || cycle.group(1).isEmpty() ? -1 : Integer.parseInt(cycle.group(1));
    }

    private static Duration cycleInterval(String value) {
        Matcher cycle = ISO_CYCLE.matcher(value);
        if (!cycle.matches()) {
            throw new IllegalArgumentException(value);
        }
        Duration interval = null;
        for (String part : cycle.group(1).split("/")) {
            if (part.startsWith("P")) {
                interval = parseDuration(part);
            } else {
                OffsetDateTime bound = OffsetDateTime.parse(part);
                if (Math.abs(bound.getYear() - OffsetDateTime.now().getYear()) > FURTHEST_YEARS) {
                    throw new IllegalArgumentException(part + " is more than " + FURTHEST_YEARS + " years away");
                }
            }
        }
        if (interval == null) {
            throw new IllegalArgumentException(value);
        }
        return interval;
    }

    static Duration parseDuration(String value) {
        // The engine adds each field as a 32-bit int (javax.xml.datatype.Duration.addTo): PT4294967297S would
        // become one second. Fields of ten digits or more are refused.
        if (!value.startsWith("P") || value.length() < 3 || value.endsWith("T") || value.matches(".*\\d{10,}.*")) {
            throw new IllegalArgumentException(value);
        }
        String[] parts = value.split("T", 2);
        Duration days = Duration.ZERO;
        if (parts[0].length() > 1) {
            Period period = Period.parse(parts[0]);
            days = Duration.ofDays(period.getYears() * 365L + period.getMonths() * 30L + period.getDays());
        }
        return parts.length == 2 ? days.plus(Duration.parse("PT" + parts[1])) : days;
    }

    /** "every day", "every 3 hours": in the largest unit that divides it (the count as written, no grouping). */
    static Sentence every(Duration duration) {
        if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return Sentence.of("modeler.rule.every.days", duration.toDays(), String.valueOf(duration.toDays()));
        }
        if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
            return Sentence.of("modeler.rule.every.hours", duration.toHours(), String.valueOf(duration.toHours()));
        }
        if (duration.toMinutes() > 0 && duration.equals(Duration.ofMinutes(duration.toMinutes()))) {
            return Sentence.of("modeler.rule.every.minutes", duration.toMinutes(), String.valueOf(duration.toMinutes()));
        }
        long seconds = duration.toSeconds();
        return Sentence.of("modeler.rule.every.seconds", seconds, String.valueOf(seconds));
    }
}
