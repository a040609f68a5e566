//! Work spread over unit folders: on every core with the `parallel` feature (the command
//! line), one after the other without it (WebAssembly, where there are no threads).

/// Maps `f` over `items`, keeping their order.
pub fn map<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync + Send) -> Vec<R> {
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        items.into_par_iter().map(f).collect()
    }
    #[cfg(not(feature = "parallel"))]
    {
        items.into_iter().map(f).collect()
    }
}
