/**
 * The counsellor team (心理健康教师队伍, 五(二)3): counsellor posts, their training records and the coverage report
 * (schools with and without a full- or part-time mental-health teacher). 中文：心理健康教师队伍。依据：五(二)3
 */
package org.jiaolianti.application.counsellor;
