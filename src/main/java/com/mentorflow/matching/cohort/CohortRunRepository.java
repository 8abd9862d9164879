package com.mentorflow.matching.cohort;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CohortRunRepository extends JpaRepository<CohortRun, Long> {

    List<CohortRun> findAllByOrderByComputedAtDescIdDesc(Pageable page);
}
