/**
 * Screening campaigns and results (心理普测, 五(二)2): campaigns per school, term and scale; results imported all or
 * nothing, each student with a mental-health consent in force; a result suggests a level, never sets one; each
 * student's result only to the school's counsellors, counts to the others; imports and result reads audited.
 *
 * <p>中文：心理普测批次与结果。依据：五(二)2
 */
package org.jiaolianti.application.screening;
