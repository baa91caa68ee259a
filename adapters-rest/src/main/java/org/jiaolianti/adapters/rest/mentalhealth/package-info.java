/** 一生一档 mental-health files over REST (五(二)2). 中文：学生心理健康档案接口。 */
package org.jiaolianti.adapters.rest.mentalhealth;
