package com.mentorflow.journey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModuleTranslationRepository extends JpaRepository<ModuleTranslation, ModuleTranslation.Key> {

    List<ModuleTranslation> findByKeyModuleNumberOrderByKeyLanguage(short moduleNumber);
}
