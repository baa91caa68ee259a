/**
 * Parent mentors (家长导师, 家校双师 五(一)3): a guardian applies with an expertise; the school vets and approves
 * (or rejects) and may revoke an approval (kept, with who, when and why); approved mentors are assigned to
 * after-school services, clubs or career-enlightenment sessions and log their hours.
 *
 * <p>中文：家校双师·家长导师。
 */
package org.jiaolianti.domain.mentor;
