package com.mentorflow.circles;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CircleRepository extends JpaRepository<Circle, Long> {

    List<Circle> findByManagerAccountId(Long managerAccountId);
}
