package com.mentorflow.people;

/**
 * Optional and private: seen only by the person, their matched partner and the matching engine; never
 * shown to program managers in lists.
 *
 * @param branch         free text from a suggested list, other nations' forces included
 * @param yearsServed    0–60
 * @param transitionYear the year the person left service
 */
public record MilitaryBackground(Relation relation, String branch, Integer yearsServed, RankBand rankBand,
                                 String specialty, Integer transitionYear) {

    public enum Relation {
        VETERAN("Veteran"), RESERVIST_OR_GUARD("Reservist or guard"), MILITARY_SPOUSE("Military spouse"), NONE("None");

        private final String label;

        Relation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum RankBand {
        JUNIOR_ENLISTED("Junior enlisted"), NCO("Non-commissioned officer"), WARRANT("Warrant officer"),
        JUNIOR_OFFICER("Junior officer"), FIELD_GRADE_OFFICER("Field-grade officer"), GENERAL_FLAG("General or flag officer");

        private final String label;

        RankBand(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Suggestions for the branch field; any other text is accepted too. */
    public static final java.util.List<String> KNOWN_BRANCHES = java.util.List.of("Army", "Navy", "Air Force",
            "Marine Corps", "Coast Guard", "Space Force", "National Guard", "British Army", "Royal Navy",
            "Royal Air Force", "Bundeswehr", "Canadian Armed Forces", "Australian Defence Force", "Indian Army",
            "French Army", "Israel Defense Forces");

    public static final MilitaryBackground NONE = new MilitaryBackground(Relation.NONE, null, null, null, null, null);

    public boolean served() {
        return relation == Relation.VETERAN || relation == Relation.RESERVIST_OR_GUARD;
    }

    public boolean connected() {
        return relation != null && relation != Relation.NONE;
    }
}
