// Placeholder until the embedded test server lands (replaced by the db package work).
export default function setup(): void {}
