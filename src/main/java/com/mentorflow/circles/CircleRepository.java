package com.mentorflow.circles;

import org.springframework.data.jpa.repository.JpaRepository;

interface CircleRepository extends JpaRepository<Circle, Long> {
}
