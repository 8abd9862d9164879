package com.mentorflow;

/**
 * The made-up company whose people the benchmarks and the seeded cohorts are: its sites with their time zones (same
 * index), business lines and job families, so a generated directory and a generated cohort look like one employer.
 */
public final class TestCompany {

    public static final String[] SITES = {"Austin", "Seattle", "Dublin", "Bangalore", "London", "Toronto", "Berlin",
            "Sydney", "Tokyo", "Sao Paulo", "Nashville", "Denver"};
    /** The time zone of the site at the same index. */
    public static final String[] ZONES = {"America/Chicago", "America/Los_Angeles", "Europe/Dublin", "Asia/Kolkata",
            "Europe/London", "America/Toronto", "Europe/Berlin", "Australia/Sydney", "Asia/Tokyo", "America/Sao_Paulo",
            "America/Chicago", "America/Denver"};
    public static final String[] LINES = {"Cloud", "Retail", "Devices", "Advertising", "Logistics", "Media", "Health",
            "Finance"};
    public static final String[] FAMILIES = {"Software engineering", "Product management", "Operations", "Sales",
            "Finance", "Design", "Data science", "Support", "Legal", "Marketing", "HR", "Research"};

    private TestCompany() {
    }
}
