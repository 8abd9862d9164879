package com.mentorflow.modeler;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on what a deployed model may do ({@code mentorflow.models.*}).
 *
 * @param shortestTimerCycle the shortest interval of a repeating timer or a timer start event (the demo
 *                           profile, whose months last two minutes, allows less)
 * @param largestLoopCardinality the most parallel instances a literal {@code loopCardinality} may create
 */
@ConfigurationProperties("mentorflow.models")
record ModelRules(@DefaultValue("PT1H") Duration shortestTimerCycle, @DefaultValue("100") int largestLoopCardinality) {
}
