/**
 * The policy as data: one folder per district seed ({@code seeds/xiangan-2025/}), and the loader
 * that turns a seed into domain types through the domain factories. Format: {@code docs/seed-format.md}.
 */
package org.jiaolianti.seeds;
