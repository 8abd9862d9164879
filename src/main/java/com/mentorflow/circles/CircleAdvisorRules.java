package com.mentorflow.circles;

import static com.mentorflow.circles.Circles.RECOMMENDED_ADVISORS;

import com.mentorflow.circles.CircleMembership.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Advisors: two at most, and above every member's level. A broken rule is a warning the manager may override. */
@Component
class CircleAdvisorRules {

    private final CircleRecords records;
    private final CirclePeople people;

    CircleAdvisorRules(CircleRecords records, CirclePeople people) {
        this.records = records;
        this.people = people;
    }

    /** What approving this request would break, one sentence each; none when it breaks nothing. */
    List<String> warnings(CircleMembership request) {
        List<CircleMembership> after = new ArrayList<>(records.approved(request.getCircleId()));
        after.add(request);
        List<String> warnings = new ArrayList<>();
        long advisors = after.stream().filter(m -> m.getRole() == Role.ADVISOR).count();
        if (request.getRole() == Role.ADVISOR && advisors > RECOMMENDED_ADVISORS) {
            warnings.add("This would be advisor number " + advisors + "; at most " + RECOMMENDED_ADVISORS + " are recommended.");
        }
        Integer requestLevel = people.level(request.getAccountId());
        if (request.getRole() == Role.ADVISOR) {
            Integer highestMember = after.stream().filter(m -> m.getRole() == Role.MEMBER).map(m -> people.level(m.getAccountId()))
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            if (requestLevel == null) {
                warnings.add(name(request) + "'s level is not in the directory, so it is unknown whether "
                        + "they are above the members.");
            } else if (highestMember != null && requestLevel <= highestMember) {
                warnings.add("Advisor " + name(request) + " (L" + requestLevel + ") is not above every member "
                        + "(the highest member is L" + highestMember + "); advisors are usually 1 to 2 levels above.");
            }
        } else if (requestLevel != null) {
            for (CircleMembership advisor : after.stream().filter(m -> m.getRole() == Role.ADVISOR).toList()) {
                Integer advisorLevel = people.level(advisor.getAccountId());
                if (advisorLevel != null && advisorLevel <= requestLevel) {
                    warnings.add("Advisor " + name(advisor) + " (L" + advisorLevel + ") would not be above "
                            + name(request) + " (L" + requestLevel + "); advisors are usually 1 to 2 levels above.");
                }
            }
        }
        return warnings;
    }

    private String name(CircleMembership membership) {
        return people.name(membership.getAccountId());
    }
}
