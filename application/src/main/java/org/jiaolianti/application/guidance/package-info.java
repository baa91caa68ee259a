/**
 * The family-education guidance column (家庭教育指导专栏) and resource sharing between schools (五(一)2): use cases,
 * access checks and transactions.
 */
package org.jiaolianti.application.guidance;
