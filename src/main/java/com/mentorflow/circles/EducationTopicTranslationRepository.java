package com.mentorflow.circles;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EducationTopicTranslationRepository extends JpaRepository<EducationTopicTranslation, EducationTopicTranslation.Key> {

    List<EducationTopicTranslation> findByKeyTopicIdOrderByKeyLanguage(long topicId);

    List<EducationTopicTranslation> findByKeyLanguage(String language);
}
