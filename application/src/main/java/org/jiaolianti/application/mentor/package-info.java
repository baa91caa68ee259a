/** Parent mentors (家长导师, 家校双师 五(一)3): applications, vetting, assignments and hours. */
package org.jiaolianti.application.mentor;
