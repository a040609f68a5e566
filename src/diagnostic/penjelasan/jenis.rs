//! What the documentation of a code holds: how to fix it and, where it helps, an example.

/// What the documentation says about a code.
#[derive(Debug, Clone, Copy)]
pub struct Penjelasan {
    /// How to fix it, in plain Indonesian.
    pub perbaikan: &'static str,
    /// The problem in a standard and its fix, where the problem is in a standard's text.
    pub contoh: Option<Contoh>,
}

/// Top-level keys of a standard, written wrong and written right. Each replaces the same
/// keys of a small valid standard (the other keys stay), so each example is a whole,
/// checkable file.
#[derive(Debug, Clone, Copy)]
pub struct Contoh {
    /// Lines that report the code.
    pub salah: &'static str,
    /// The same lines fixed: no error, and not this code.
    pub benar: &'static str,
}

pub const fn tanpa_contoh(perbaikan: &'static str) -> Penjelasan {
    Penjelasan {
        perbaikan,
        contoh: None,
    }
}

pub const fn dengan_contoh(
    perbaikan: &'static str,
    salah: &'static str,
    benar: &'static str,
) -> Penjelasan {
    Penjelasan {
        perbaikan,
        contoh: Some(Contoh { salah, benar }),
    }
}
