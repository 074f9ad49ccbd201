import { defineExport } from "../../core/export/csv-export";
import { womanColumns } from "../beneficiaries/beneficiary.export";
import { enrollmentList } from "./enrollment.service";
import { attendedSql, completedSql, meanScoreSql } from "./figures.service";
import type { Enrollment } from "./training.entity";

/**
 * `/exports/enrollments.csv`: the women of a course (`filter.courseId`) with their attendance,
 * completion and mean self-assessment before and after. The woman's fields follow the grants of
 * the beneficiary's own fields: trainers get her code and first name only, as in the GraphQL list.
 */
export const enrollmentExport = defineExport<object, string, Enrollment>({
  name: "enrollments",
  root: "enrollments",
  list: enrollmentList,
  columns: [
    {
      field: "course",
      heading: { tg: "Курс", ru: "Курс", en: "Course" },
      sql: `(SELECT et.code || ' ' || to_char(ec.starts_on, 'YYYY-MM-DD')
               FROM training_course ec JOIN training et ON et.id = ec.training_id WHERE ec.id = e.course_id)`,
    },
    ...womanColumns("e.beneficiary_id"),
    { field: "enrolledAt", heading: { tg: "Сабти ном шуд", ru: "Зачислена", en: "Enrolled at" } },
    { field: "withdrawnAt", heading: { tg: "Тарк кард", ru: "Выбыла", en: "Withdrawn at" } },
    {
      field: "attendedSessions",
      heading: { tg: "Дарсҳои ҳозиршуда", ru: "Посещено занятий", en: "Sessions attended" },
      sql: attendedSql("e.id"),
    },
    { field: "completed", heading: { tg: "Хатм кард", ru: "Завершила", en: "Completed" }, sql: completedSql("e") },
    {
      field: "selfAssessment",
      heading: { tg: "Худбаҳодиҳӣ пеш аз курс", ru: "Самооценка до курса", en: "Self-assessment before" },
      sql: meanScoreSql("e.id", "BEFORE"),
    },
    {
      field: "selfAssessment",
      heading: { tg: "Худбаҳодиҳӣ баъд аз курс", ru: "Самооценка после курса", en: "Self-assessment after" },
      sql: meanScoreSql("e.id", "AFTER"),
    },
  ],
});
