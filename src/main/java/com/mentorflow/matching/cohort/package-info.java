/**
 * Whole-cohort matching: the assignment of a cohort's mentees to mentors with the highest total score, scored
 * and filtered exactly as the suggestions are.
 */
package com.mentorflow.matching.cohort;
