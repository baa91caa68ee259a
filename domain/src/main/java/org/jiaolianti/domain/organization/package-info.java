/**
 * The 1+1+N structure (五(一)1): towns/streets, schools, experimental zones with their lead school
 * and coordination office, school co-education committees, partners, docking agreements (四(二)),
 * and the establishment rule ("a school has established its 教联体").
 *
 * <p>中文：“1+1+N”三级联动组织架构、工作对接机制、“教联体”建成判定。
 */
package org.jiaolianti.domain.organization;
