//! Rendering only: report data in, text / Markdown / HTML / JSON / CSV out.
