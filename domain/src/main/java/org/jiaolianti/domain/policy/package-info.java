/**
 * The policy as data: document facts, signing units, subjects and their duty statements (三), the
 * working mechanism (四), the six collaborations and their measures (五), guarantees (六), the
 * milestones (二), the duty matrix, and the local settings the document leaves open.
 *
 * <p>中文：政策文件数据模型。{@link org.jiaolianti.domain.policy.Policy} is the aggregate.
 */
package org.jiaolianti.domain.policy;
