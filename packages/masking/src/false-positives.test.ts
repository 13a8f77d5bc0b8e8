import { describe, expect, it } from "vitest";
import { detect } from "./detect.js";

// Operational payloads must stay readable so the approval card remains decidable.
describe("ordinary operational text is left alone", () => {
  it.each([
    ["UUID", "request 550e8400-e29b-41d4-a716-446655440000 failed"],
    ["git SHA", "commit 3f2a9c1e4b5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f on main"],
    ["short SHA", "revert 3f2a9c1"],
    ["ISO timestamp in a log line", "2024-05-01T12:34:56.789Z INFO request served in 12ms"],
    ["timestamp before a log level", "2024-05-01 12:34:56 WARN retrying"],
    ["semantic version", "upgrade to v2.14.3 then 1.2.3-beta.4"],
    ["ports", "listening on port 5432 and localhost:8080"],
    ["row counts", "UPDATE 1523 rows affected; INSERT 0 1"],
    ["AWS ARN", "assume arn:aws:iam::123456789012:role/deploy"],
    ["S3 path", "copy s3://analytics-exports/2024/05/01/part-0001.parquet"],
    ["table names", "DROP TABLE patients; TRUNCATE patient_visits"],
    ["k8s resources", "kubectl delete pod payments-api-7d9f8b-x2kqz -n prod"],
    ["k8s deployment", "deployment.apps/payments-api scaled to 3 replicas"],
    ["container image", "image ghcr.io/acme/api:1.4.2"],
    ["cron schedule", "cron 0 */6 * * *"],
    ["durations and exit codes", "took 1532ms, exit code 137, HTTP 503"],
    ["tool names", "Apply Terraform plan on Kubernetes cluster"],
    ["SQL without values", "select count(*) from patient_visits where created_at > now() - interval '1 day'"],
  ])("%s", (_name, text) => {
    expect(detect(text)).toEqual([]);
  });
});
