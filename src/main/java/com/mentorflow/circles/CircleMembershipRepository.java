package com.mentorflow.circles;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CircleMembershipRepository extends JpaRepository<CircleMembership, Long> {

    List<CircleMembership> findByCircleIdAndStatusOrderByDecidedAtAscIdAsc(long circleId, CircleMembership.Status status);

    List<CircleMembership> findByCircleIdOrderByRequestedAtAscIdAsc(long circleId);

    Optional<CircleMembership> findFirstByCircleIdAndAccountIdAndStatusIn(long circleId, long accountId,
                                                                         Collection<CircleMembership.Status> statuses);

    List<CircleMembership> findByAccountIdAndStatusIn(long accountId, Collection<CircleMembership.Status> statuses);

    List<CircleMembership> findByAccountId(long accountId);
}
