/**
 * Cross-cutting set-up: security, the program calendar, the process engine and the default embedded database; the
 * languages people read (Texts, Languages, Times).
 * <p>
 * A text a person reads lives in its module's bundle, {@code src/main/resources/i18n/<module>.properties} (English)
 * and {@code <module>_es/_de/_hi.properties}, under a key that starts with the module: {@code tasks.inbox.title}. A
 * view asks {@code getTranslation("tasks.inbox.title")}; mail, calendar invitations and CSV ask
 * {@code Texts.text(readerLanguages.languageOf(accountId), key, arguments...)}. A menu entry's title is
 * {@code <module>.menu.<view class>}; a page title comes from {@code HasDynamicTitle}. BundleParityTest fails on a
 * key one language lacks, an empty text, differing placeholders or a lone apostrophe (write {@code ''}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package com.mentorflow.platform;
